using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// Reminds the signatories of the parties that have not signed the convenant, each with her signing card 1:1
/// (<see cref="PersonReminders"/>: once per party per period, paced per tenant). By hand (<c>herinner convenant</c>, the
/// card's button) once per party a day; by itself in the Convenant phase once a week, from a week after the phase
/// began, skipping a party reminded by hand that week. A party whose signatory the bot cannot reach (nobody named,
/// not in the werkgroep, no chat with the bot) is named to the projectleider, never skipped in silence.
/// </summary>
public sealed class ConvenantReminders(
    PersonReminders people,
    ProjectStore projects,
    ApprovalStore approvals,
    ProactiveSender sender,
    ILogger<ConvenantReminders> logger) : IProjectReminders
{
    /// <summary>What the reminder marks are kept under (one per party and period).</summary>
    public const string Subject = "convenant";

    /// <summary>Days between the reminders that go out by themselves: a signature takes a council or a mandate, not a day.</summary>
    public const int EveryDays = 7;

    /// <summary>Who the reminders that go out by themselves are recorded as.</summary>
    public static readonly PersonRef Bot = new("Kvu.Bot", null, null);

    /// <summary>The mark of a reminder by hand: one per party a day.</summary>
    public static string ByHand(DateTimeOffset now) => $"d{DutchTime.Date(now):yyyyMMdd}";

    /// <summary>
    /// Reminds the signatory of every party that has not signed; records on the project whom it reminded. Who cannot
    /// be reached is said in <paramref name="culture"/>, the language of whoever hears the round's report.
    /// <paramref name="skipRemindedSince"/>: parties reminded on or after that day are left alone (the weekly round after a reminder by hand).
    /// </summary>
    public async Task<ReminderRound> RemindAsync(KvuProject project, string period, bool whileUserWaits, PersonRef by, CultureInfo culture, DateTimeOffset now, CancellationToken cancellationToken,
        DateOnly? skipRemindedSince = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        var (reminded, unreachable, later, already, parties) = (new List<string>(), new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var dutch = ReaderCulture.Dutch; // the signatory's language is not known outside a turn; Dutch is the bot's default
        var projectName = $"{project.Gemeente} – {project.Uitgaansgebied}";
        foreach (var party in project.ConvenantParties.Where(p => p.State != SigningState.Getekend))
        {
            if (skipRemindedSince is { } since && party.RemindedOn >= since)
            {
                continue;
            }

            if (project.SignatoryPerson(party) is not { } person || string.IsNullOrWhiteSpace(person.AadObjectId))
            {
                unreachable.Add(party.Signatory is null
                    ? PlanText.Format(PlanKeys.ConvenantUnreachableNoSignatory, culture, party.Party)
                    : PlanText.Format(PlanKeys.ConvenantUnreachableOutside, culture, party.Signatory, party.Party));
                continue;
            }

            var today = DutchTime.Date(now);
            var reminder = new PersonReminder(project.TenantId, project.Id, Subject, period, party.Party, person, () => new Reply(
                PlanText.Format(PlanKeys.ConvenantReminderText, dutch, projectName, party.Party),
                ConvenantSigningCard.Build(project, party, null, null, today, dutch)));
            var who = $"{person.DisplayName} ({party.Party})";
            switch (await people.RemindAsync(reminder, whileUserWaits, now, cancellationToken))
            {
                case ReminderOutcome.Reminded:
                    reminded.Add(who);
                    parties.Add(party.Party);
                    break;
                case ReminderOutcome.Unreachable:
                    unreachable.Add(PlanText.Format(PlanKeys.ConvenantUnreachableNoChat, culture, person.DisplayName, party.Party));
                    break;
                case ReminderOutcome.Later:
                    later.Add(who);
                    break;
                case ReminderOutcome.AlreadyReminded:
                    already.Add(who);
                    break;
            }
        }

        if (parties.Count > 0)
        {
            await projects.UpdateAsync(project.Key, p => p.MarkConvenantReminded(parties, by, now), cancellationToken);
        }

        return new ReminderRound(reminded, unreachable, later) { Already = already };
    }

    /// <summary>
    /// A signatory reported her party's state on her own card: the projectleider hears it in her chat with the bot (in
    /// Dutch, her language not being known outside her turn), unless she reported it herself.
    /// </summary>
    public async Task TellProjectleiderAsync(KvuProject project, ConvenantParty party, PersonRef by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(party);
        if (project.Projectleider?.Person is not { } leader || leader.IsSamePerson(by) || await people.ReachAsync(project.TenantId, leader, cancellationToken) is not { } address)
        {
            return;
        }

        var text = PlanText.Format(PlanKeys.ConvenantReported, ReaderCulture.Dutch, by.DisplayName, party.Party, ConvenantCard.State(party, ReaderCulture.Dutch),
            $"{project.Gemeente} – {project.Uitgaansgebied}");
        var result = await sender.SendWhileUserWaitsAsync(address, [Reply.Say(text)], cancellationToken);
        if (result.Outcome != SendOutcome.Sent)
        {
            logger.LogWarning("Convenant report of {ProjectId} to the projectleider: {Outcome}", project.Id, result.Outcome);
        }
    }

    /// <summary>
    /// What a round did, for the projectleider in her language: first what happened (who was reminded, or why nobody
    /// was), then who cannot be reached with what to do, each on a line of its own, then whom Teams did not take now.
    /// </summary>
    public static IReadOnlyList<string> Report(KvuProject project, ReminderRound round, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(round);
        var head = PlanText.Format(PlanKeys.ConvenantReminderHead, culture, $"{project.Gemeente} – {project.Uitgaansgebied}");
        var outcome = round.Reminded.Count > 0 ? PlanText.Format(PlanKeys.ConvenantReminderSent, culture, string.Join(", ", round.Reminded))
            : project.ConvenantParties.All(p => p.State == SigningState.Getekend) ? PlanText.Get(PlanKeys.ConvenantReminderAllSigned, culture)
            : round.Already.Count > 0 ? PlanText.Format(PlanKeys.ConvenantReminderNobody, culture, string.Join(", ", round.Already))
            : round.Later.Count == 0 ? PlanText.Get(PlanKeys.ConvenantReminderNobodyReachable, culture)
            : null;
        var lines = new List<string> { outcome is null ? head : $"{head} {outcome}" };
        if (round.Unreachable.Count > 0)
        {
            lines.Add(PlanText.Get(PlanKeys.ConvenantReminderUnreachable, culture) + "\n" + string.Join("\n", round.Unreachable.Select(u => $"- {u}")));
        }

        if (round.Later.Count > 0)
        {
            lines.Add(PlanText.Format(PlanKeys.ConvenantReminderLater, culture, string.Join(", ", round.Later)));
        }

        return lines;
    }

    /// <summary>
    /// The weekly round of one project (run by the reminder job for every project with group decisions: a project got
    /// to the Convenant phase by them): in the Convenant phase for a week or more, it reminds whoever has not signed,
    /// once per week of the phase, and its projectleider hears what was done; the unreachable are named to her once
    /// per week, not every run.
    /// </summary>
    public async Task RemindAsync(string tenantId, string projectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DutchTime.Date(now);
        var project = await projects.GetAsync(new ProjectKey(tenantId, projectId), cancellationToken);
        if (project is null || project.IsArchived || project.Phase != KvuPhase.Convenant)
        {
            return;
        }

        var days = today.DayNumber - DutchTime.Date(project.CurrentStay.EnteredAt).DayNumber;
        if (days < EveryDays)
        {
            return;
        }

        var period = $"w{project.Round}-{project.History.Count}-{days / EveryDays}";
        var round = await RemindAsync(project, period, whileUserWaits: false, Bot, ReaderCulture.Dutch, now, cancellationToken, skipRemindedSince: today.AddDays(1 - EveryDays));
        var leader = project.Projectleider?.Person;
        var unreachableNews = round.Unreachable.Count > 0 && leader is not null
            && await approvals.TryMarkRemindedAsync(project.Id, Subject, period, "~digest", now, cancellationToken);
        if (leader is null || (round.Reminded.Count == 0 && !unreachableNews))
        {
            return;
        }

        if (await people.ReachAsync(tenantId, leader, cancellationToken) is not { } address)
        {
            logger.LogInformation("Convenant reminders of {ProjectId}: the projectleider has no chat with the bot to report to", projectId);
            return;
        }

        var shown = unreachableNews ? round : round with { Unreachable = [] };
        await sender.SendAsync(address, [Reply.Say(string.Join("\n\n", Report(project, shown, ReaderCulture.Dutch)))], cancellationToken);
    }
}

