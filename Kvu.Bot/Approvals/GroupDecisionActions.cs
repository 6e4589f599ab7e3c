using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Answers every button of a group decision card (Action.Execute, or its Action.Submit fallback) with the
/// clicker's own view of the card. Who may do what is decided here, from the Teams identity (tenant and AAD
/// object id) of the person who clicked and the stored decision, never from anything the card itself claims:
/// a card for another tenant's project, an unknown decision or a tampered verb changes nothing.
/// A click costs two storage requests: one query of the project's Approvals partition that reads everything the
/// click needs (the decision, every response, the werkgroep stamp, the clicker's salt), then one transaction that
/// writes her response with its audit row. Only the first click after the werkgroep changed reads the project too
/// (<see cref="WerkgroepAlignment"/>). Teams shows "unable to reach the app" after about 5 s, also when all 60 members
/// of a card click at once and the requests queue at the storage account.
/// </summary>
public sealed class GroupDecisionActions(ApprovalStore approvals, WerkgroepAlignment werkgroep, DecisionViews views, ManualReminderQueue reminders, ProjectStore projects, ApprovedDecisions approved, InvitationRounds invitations, ILogger<GroupDecisionActions> logger) : ICardActionFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [ApprovalVerbs.Prefix];

    public async Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken)
    {
        var culture = action.Culture;
        var projectId = action.Field(ApprovalVerbs.ProjectField);
        var decisionId = action.Field(ApprovalVerbs.DecisionField);
        if (projectId is null || decisionId is null || !TryParseKind(decisionId, out _) || !IsKnown(action.Verb))
        {
            logger.LogWarning("Rejected card action {Verb} with incomplete or unknown data from {AadObjectId} in tenant {TenantId}",
                action.Verb, action.User.AadObjectId, action.User.TenantId);
            return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotFound, culture), null, null, culture);
        }

        // Tenant first: a decision of another tenant's project reads as "not found", so nothing about it leaks.
        var read = await approvals.ReadAsync(new ProjectKey(action.User.TenantId, projectId), decisionId, action.User.AadObjectId, cancellationToken);
        var aligned = read is null ? null : await werkgroep.InLineAsync(read, action.User.AadObjectId, action.Now, cancellationToken);
        if (aligned is not { } found)
        {
            logger.LogWarning("Rejected card action {Verb} on {ProjectId}/{DecisionId} from {AadObjectId} in tenant {TenantId}: no such decision in this tenant",
                action.Verb, projectId, decisionId, action.User.AadObjectId, action.User.TenantId);
            return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotFound, culture), null, null, culture);
        }

        var (state, manages) = found;
        var decision = state.Decision;
        string? notice = null;
        var done = false; // the notice reports what the click did rather than why nothing happened
        var showAudit = false;
        switch (action.Verb)
        {
            case ApprovalVerbs.Agree or ApprovalVerbs.Object:
                var voter = decision.FindVoter(action.User.AadObjectId);
                if (voter is null)
                {
                    logger.LogWarning("{AadObjectId} tried to respond to {ProjectId}/{DecisionId} without being asked", action.User.AadObjectId, projectId, decisionId);
                    return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotAVoter, culture), projectId, decisionId, culture);
                }

                (notice, state) = await RespondAsync(action, state, voter, cancellationToken);
                break;
            case ApprovalVerbs.Advise:
                var adviser = decision.FindAdviser(action.User.AadObjectId);
                if (adviser is null)
                {
                    logger.LogWarning("{AadObjectId} tried to comment on {ProjectId}/{DecisionId} without being an adviser", action.User.AadObjectId, projectId, decisionId);
                    return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotAVoter, culture), projectId, decisionId, culture);
                }

                (notice, state) = await RespondAsync(action, state, adviser, cancellationToken);
                done = notice is null;
                notice ??= ApprovalText.Get(ApprovalText.AdviserCommentSaved, culture);
                break;
            case ApprovalVerbs.Close or ApprovalVerbs.Reopen:
                if (!manages)
                {
                    return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotManager, culture), projectId, decisionId, culture);
                }

                var close = action.Verb == ApprovalVerbs.Close;
                if (!close && await projects.GetAsync(new ProjectKey(action.User.TenantId, projectId), cancellationToken) is { IsArchived: true })
                {
                    // Archiving closed every decision; the project is read-only now (a rare click: the project is read only for it).
                    return GroupDecisionCard.Error(FormationText.RuleMessage(FormationRuleCode.ProjectArchived, culture), projectId, decisionId, culture);
                }

                state = await approvals.UpdateAsync(state, d => d.Closed == close ? d : d with { Closed = close, UpdatedAt = action.Now },
                    new DecisionActor(action.User.AadObjectId, action.User.DisplayName), cancellationToken);
                break;
            case ApprovalVerbs.Remind:
                if (!manages)
                {
                    return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotManager, culture), projectId, decisionId, culture);
                }

                notice = await QueueRemindersAsync(action, state, cancellationToken);
                done = true;
                break;
            case ApprovalVerbs.Invite:
                if (!manages)
                {
                    return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotManager, culture), projectId, decisionId, culture);
                }

                (notice, state, done) = await InviteAsync(action, state, cancellationToken);
                break;
            case ApprovalVerbs.Audit:
                if (!manages)
                {
                    return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotManager, culture), projectId, decisionId, culture);
                }

                showAudit = true;
                break;
        }

        // The last agreement (or, when two came at once, the next look at the card) carries out a decision that takes effect by itself.
        var clicker = new PersonRef(string.IsNullOrWhiteSpace(action.User.DisplayName) ? action.User.AadObjectId : action.User.DisplayName, action.User.AadObjectId, null);
        var (settled, effect) = await approved.SettleAsync(state, clicker, action.Now, culture, cancellationToken);
        return await views.ViewAsync(settled, action.User.AadObjectId, manages, effect ?? notice, noticeIsProblem: effect is null && !done, showAudit, culture, cancellationToken);
    }

    /// <summary>
    /// Queues the 1:1 reminders and answers at once: sending 59 of them one by one would not fit in the ~5 s Teams
    /// waits for an invoke. Members already reminded by hand today are not counted; they get nothing new.
    /// </summary>
    private async Task<string> QueueRemindersAsync(CardInvoke action, DecisionSnapshot state, CancellationToken cancellationToken)
    {
        var culture = action.Culture;
        var decision = state.Decision;
        var pending = state.Tally.Pending;
        var reminded = await approvals.ListRemindedAsync(decision.ProjectId, decision.Id, ApprovalReminders.ManualMark(action.Now), cancellationToken);
        var toRemind = pending.Count(v => !reminded.Contains(v.AadObjectId));
        if (decision.Closed || toRemind == 0)
        {
            return ApprovalText.Get(pending.Count == 0 ? ApprovalText.NobodyPending : ApprovalText.NobodyReminded, culture);
        }

        await reminders.EnqueueAsync(new ReminderRequest(action.User.TenantId, decision.ProjectId, decision.Kind, action.User.AadObjectId, culture.Name, action.Now), cancellationToken);
        return toRemind == 1 ? ApprovalText.Get(ApprovalText.RemindQueuedOne, culture) : ApprovalText.Format(ApprovalText.RemindQueued, culture, toRemind);
    }

    /// <summary>
    /// "Nodig ze uit" on a card that lists seats which cannot respond yet: the same round as "uitnodigen" in the
    /// projectleider's chat. Whoever is invited or found in the team by e-mail becomes a voter, so the card is read
    /// again, in line with the werkgroep (a rare click: it may read the project).
    /// </summary>
    private async Task<(string Notice, DecisionSnapshot State, bool Done)> InviteAsync(CardInvoke action, DecisionSnapshot state, CancellationToken cancellationToken)
    {
        var decision = state.Decision;
        var project = await projects.GetAsync(new ProjectKey(action.User.TenantId, decision.ProjectId), cancellationToken);
        if (project is null)
        {
            return (ApprovalText.Get(ApprovalText.NotFound, action.Culture), state, false);
        }

        if (project.IsArchived)
        {
            return (FormationText.RuleMessage(FormationRuleCode.ProjectArchived, action.Culture), state, false);
        }

        var personalChat = action.Conversation.Kind == ConversationKind.Personal ? action.Conversation.Id : null;
        var (_, summary) = await invitations.RunAsync(project, action.User, personalChat, action.Team, action.Culture, action.Now, cancellationToken);
        var reread = await approvals.ReadAsync(new ProjectKey(action.User.TenantId, decision.ProjectId), decision.Id, action.User.AadObjectId, cancellationToken);
        var aligned = reread is null ? null : await werkgroep.InLineAsync(reread, action.User.AadObjectId, action.Now, cancellationToken);
        return (summary, aligned?.Reading ?? state, true);
    }

    /// <returns>A notice for the clicker (why nothing was recorded), or null; and the reading with her answer in it.</returns>
    private async Task<(string? Notice, DecisionSnapshot State)> RespondAsync(CardInvoke action, DecisionSnapshot state, Voter voter, CancellationToken cancellationToken)
    {
        var culture = action.Culture;
        var decision = state.Decision;
        if (decision.Closed)
        {
            return (ApprovalText.Get(ApprovalText.ClosedResponse, culture), state);
        }

        // The version the member read. A click on a card that changed meanwhile is not counted for the new version.
        if (!int.TryParse(action.Field(ApprovalVerbs.VersionField), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version != decision.Version)
        {
            return (ApprovalText.Format(ApprovalText.Stale, culture, decision.Version), state);
        }

        var answer = action.Verb switch
        {
            ApprovalVerbs.Agree => ApprovalAnswer.Agree,
            ApprovalVerbs.Advise => ApprovalAnswer.Comment,
            _ => ApprovalAnswer.Object,
        };
        var comment = action.Field(ApprovalVerbs.CommentField);
        if (string.IsNullOrWhiteSpace(comment))
        {
            comment = null;
        }
        else if (comment.Length > GroupDecisionCard.MaxCommentLength)
        {
            // The card's input stops at this length; a longer one was not typed in Teams.
            comment = comment[..GroupDecisionCard.MaxCommentLength];
        }

        if (answer is ApprovalAnswer.Object or ApprovalAnswer.Comment && comment is null)
        {
            return (ApprovalText.Get(ApprovalText.CommentRequired, culture), state);
        }

        // The name Teams gives now, for the audit trail; the AAD object id is what identifies them.
        var name = string.IsNullOrWhiteSpace(action.User.DisplayName) ? voter.DisplayName : action.User.DisplayName;
        var response = new ApprovalResponse(decision.Id, decision.Version, voter.AadObjectId, name, answer, comment, action.Now);
        if (await approvals.RecordAsync(state, response, cancellationToken))
        {
            logger.LogInformation("{AadObjectId} answered {Answer} to {ProjectId}/{DecisionId} version {Version}",
                voter.AadObjectId, answer, decision.ProjectId, decision.Id, decision.Version);
        }

        // Her own view shows her answer; the others are as read a moment ago, so no second query of every response.
        return (null, state.With(response));
    }

    private static bool TryParseKind(string decisionId, out GroupDecisionKind kind) =>
        Enum.TryParse(decisionId, ignoreCase: true, out kind) && Enum.IsDefined(kind) && GroupDecision.IdFor(kind) == decisionId;

    private static bool IsKnown(string verb) =>
        verb is ApprovalVerbs.Refresh or ApprovalVerbs.Agree or ApprovalVerbs.Object or ApprovalVerbs.Advise or ApprovalVerbs.Close or ApprovalVerbs.Reopen or ApprovalVerbs.Audit or ApprovalVerbs.Remind or ApprovalVerbs.Invite;
}
