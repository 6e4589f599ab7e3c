using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The meting form's buttons (Action.Execute, answered in place): save, explain, cancel, and a fresh form. Only the
/// projectleider or secretaris of the project the form names, in their own tenant, can use them; the project comes
/// from the card, the person from Teams.
/// </summary>
public sealed class MetingActions(CycleProjects finder, MetingRecorder recorder, ILogger<MetingActions> logger) : ICardActionFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [EvaluationVerbs.MetingPrefix];

    public async Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var culture = action.Culture;
        var project = await finder.OfCardAsync(action, cancellationToken);
        if (project is null || !await finder.ManagesAsync(action.User, project, cancellationToken))
        {
            logger.LogWarning("Meting form {Verb} on {ProjectId} refused for {AadObjectId} in tenant {TenantId}", action.Verb, action.Field(EvaluationVerbs.ProjectField), action.User.AadObjectId, action.User.TenantId);
            return AdaptiveCard.Notice(EvaluationText.Get(project is null ? EvaluationKeys.NoProject : EvaluationKeys.NotManager, culture));
        }

        var today = DutchTime.Date(action.Now);
        var form = MetingForm.FromCard(action.Field);
        var none = new Dictionary<string, string>();
        switch (action.Verb)
        {
            case EvaluationVerbs.MetingCancel:
                return MetingCard.Cancelled(culture);
            case EvaluationVerbs.MetingHelp:
                return MetingCard.Form(project, form, none, explain: true, today, culture);
            case EvaluationVerbs.MetingSave:
                break;
            default:
                return MetingCard.Form(project, MetingForm.Empty, none, explain: false, today, culture);
        }

        var (entry, problems) = form.Check(project, today, culture);
        if (entry is null)
        {
            return MetingCard.Form(project, form, problems, explain: false, today, culture);
        }

        try
        {
            var saved = await recorder.RecordAsync(project, entry, action.User.ToPerson(), action.Now, cancellationToken);
            return saved is { } s ? MetingCard.Saved(s.Project, s.Meting, today, culture) : AdaptiveCard.Notice(EvaluationText.Get(EvaluationKeys.NoProject, culture));
        }
        catch (FormationRuleException rule)
        {
            return MetingCard.Form(project, form, new Dictionary<string, string> { [MetingCard.IndicatorField] = FormationText.RuleMessage(rule.Code, culture) }, explain: false, today, culture);
        }
    }
}
