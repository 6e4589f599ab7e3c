using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// The convenant's buttons, answered in place: on the convenant card the projectleider (or secretaris) reminds the
/// signatories who have not signed; on her own card a signatory reports her party's state (akkoord in principe, or
/// getekend with the date). Who clicks comes from Teams (tenant, AAD object id), never from the card: the state is set
/// by the person who signs for that party or by whoever manages the project. Each change is applied to the project as
/// it is when written (ETag, re-applied on conflict), so two parties signing at the same moment both count.
/// </summary>
public sealed class ConvenantActions(CycleProjects finder, ProjectStore projects, ConvenantReminders reminders, ILogger<ConvenantActions> logger) : ICardActionFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [PlanVerbs.ConvenantRemind, PlanVerbs.ConvenantSign];

    public async Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var culture = action.Culture;
        var user = action.User;
        var project = await finder.OfCardAsync(action, cancellationToken);
        var manages = project is not null && await finder.ManagesAsync(user, project, cancellationToken);
        if (project is null || project.IsArchived)
        {
            return Refused(culture);
        }

        if (action.Verb == PlanVerbs.ConvenantRemind)
        {
            if (!manages)
            {
                return AdaptiveCard.Notice(Cycle.CycleText.Get(Cycle.CycleKeys.NotManager, culture));
            }

            var round = await reminders.RemindAsync(project, ConvenantReminders.ByHand(action.Now), whileUserWaits: true, user.ToPerson(), culture, action.Now, cancellationToken);
            var after = await projects.GetAsync(project.Key, cancellationToken) ?? project;
            return ConvenantCard.Build(after, manages, culture, ConvenantReminders.Report(after, round, culture), sent: round.Reminded.Count > 0);
        }

        var party = project.ConvenantParties.FirstOrDefault(p => string.Equals(p.Party, action.Field(PlanVerbs.PartyField), StringComparison.OrdinalIgnoreCase));
        var signs = party is not null && project.SignatoryPerson(party)?.AadObjectId is { } aad && string.Equals(aad.Trim(), user.AadObjectId, StringComparison.OrdinalIgnoreCase);
        if (party is null || !(signs || manages))
        {
            logger.LogWarning("Convenant signing on {ProjectId} refused for {AadObjectId} in tenant {TenantId}", action.Field(PlanVerbs.ProjectField), user.AadObjectId, user.TenantId);
            return Refused(culture);
        }

        var today = DutchTime.Date(action.Now);
        if (!Enum.TryParse<SigningState>(action.Field(PlanVerbs.ConvenantStateField), out var state) || !Enum.IsDefined(state))
        {
            return ConvenantSigningCard.Build(project, party, null, null, today, culture);
        }

        DateOnly? on = null;
        if (state == SigningState.Getekend)
        {
            if (!DateOnly.TryParseExact(action.Field(PlanVerbs.SignedOnField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date > today)
            {
                return ConvenantSigningCard.Build(project, party, null, PlanText.Get(PlanKeys.ConvenantSignDateMissing, culture), today, culture);
            }

            on = date;
        }

        var saved = await projects.UpdateAsync(project.Key, p => p.SetSigningState(party.Party, state, on, user.ToPerson(), action.Now), cancellationToken) ?? project;
        var now = saved.ConvenantParties.First(p => string.Equals(p.Party, party.Party, StringComparison.OrdinalIgnoreCase));
        await reminders.TellProjectleiderAsync(saved, now, user.ToPerson(), cancellationToken);
        return ConvenantSigningCard.Build(saved, now, PlanText.Format(PlanKeys.ConvenantSignSaved, culture, now.Party, ConvenantCard.State(now, culture)), null, today, culture);
    }

    private static JsonObject Refused(CultureInfo culture) =>
        AdaptiveCard.Notice(PlanText.Get(PlanKeys.ConvenantSignNotYours, culture));
}
