using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Flow;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Accept or decline on an invitation card. Only the invitee answers: the clicker's tenant and AAD object id must
/// be the invitation's, and the seat must still be held by that account (a replaced representative's old
/// invitation is void). Accepting records the mandate, the plaatsvervanger and the member's status in the project;
/// declining needs a reason, and the projectleider is told in their own chat, with the updated overview.
/// An accepting member is granted access as member, so the project is in their own project list.
/// Every answer goes into the audit trail.
/// </summary>
public sealed class InvitationActions(
    InvitationStore invitations,
    ApprovalStore approvals,
    ProjectStore projects,
    ProjectAccessStore access,
    ConversationStore conversations,
    ProactiveSender sender,
    MemberExpectations expectations,
    ILogger<InvitationActions> logger) : ICardActionFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [ApprovalVerbs.InvitationPrefix];

    public async Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken)
    {
        var culture = action.Culture;
        var projectId = action.Field(ApprovalVerbs.ProjectField);
        var memberId = action.Field(ApprovalVerbs.MemberField);
        var invitation = projectId is null || memberId is null ? null : await invitations.GetAsync(new ProjectKey(action.User.TenantId, projectId), memberId, cancellationToken);
        var project = invitation is null ? null : await projects.GetAsync(new ProjectKey(action.User.TenantId, invitation.ProjectId), cancellationToken);
        var member = project?.FindMember(invitation!.MemberId);
        if (invitation is null || project is null || member is null
            || !string.Equals(member.Person.AadObjectId, invitation.InviteeAadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("Rejected invitation action {Verb} on {ProjectId}/{MemberId} from {AadObjectId} in tenant {TenantId}",
                action.Verb, projectId, memberId, action.User.AadObjectId, action.User.TenantId);
            return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotFound, culture), null, null, culture);
        }

        if (!string.Equals(action.User.AadObjectId, invitation.InviteeAadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("{AadObjectId} tried to answer the invitation of {MemberId} in {ProjectId}", action.User.AadObjectId, memberId, projectId);
            return GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotTheInvitee, culture), null, null, culture);
        }

        // Answered already (a retry, a double click, an old copy of the card): show the answer, change nothing.
        if (invitation.Status != MemberStatus.Invited)
        {
            return InvitationCard.Build(invitation, culture);
        }

        if (project.IsArchived)
        {
            return GroupDecisionCard.Error(FormationText.RuleMessage(FormationRuleCode.ProjectArchived, culture), null, null, culture);
        }

        return action.Verb switch
        {
            ApprovalVerbs.Accept => await AcceptAsync(action, invitation, member, cancellationToken),
            ApprovalVerbs.Decline => await DeclineAsync(action, invitation, cancellationToken),
            _ => InvitationCard.Build(invitation, culture),
        };
    }

    private async Task<JsonObject> AcceptAsync(CardInvoke action, Invitation invitation, Member member, CancellationToken cancellationToken)
    {
        var culture = action.Culture;
        if (!Enum.TryParse<Mandate>(action.Field(ApprovalVerbs.MandateField), out var mandate) || mandate == Mandate.Unknown || !Enum.IsDefined(mandate)
            || action.Field(ApprovalVerbs.ReportBackField) != "true")
        {
            return InvitationCard.Build(invitation, culture, ApprovalText.Get(ApprovalText.MandateRequired, culture));
        }

        var substituteName = UserText.Name(action.Field(ApprovalVerbs.SubstituteNameField));
        var substituteEmail = action.Field(ApprovalVerbs.SubstituteEmailField);
        if (InputLimits.Length(substituteName, InputLimits.Name, ApprovalText.Get(ApprovalText.SubstituteNameLabel, culture)) is { } tooLong)
        {
            return InvitationCard.Build(invitation, culture, tooLong.Message(culture));
        }

        // The seed advises a plaatsvervanger, it does not make one a condition: both fields empty is an answer too.
        PersonRef? substitute = null;
        if (!string.IsNullOrWhiteSpace(substituteName) || !string.IsNullOrWhiteSpace(substituteEmail))
        {
            if (string.IsNullOrWhiteSpace(substituteName) || !EmailAddress.TryParse(substituteEmail, out var email))
            {
                return InvitationCard.Build(invitation, culture, ApprovalText.Get(ApprovalText.SubstituteInvalid, culture));
            }

            substitute = new PersonRef(substituteName, null, email);
            if (member.Person.IsSamePerson(substitute))
            {
                return InvitationCard.Build(invitation, culture, ApprovalText.Get(ApprovalText.SubstituteInvalid, culture));
            }
        }

        var by = member.Person;
        var accepted = invitation with { Status = MemberStatus.Accepted };
        if (await invitations.TryAnswerAsync(accepted, cancellationToken))
        {
            var project = await projects.UpdateAsync(new ProjectKey(invitation.TenantId, invitation.ProjectId), p =>
            {
                p.SetMandate(member.Id, mandate, by, action.Now);
                if (substitute is not null)
                {
                    p.SetSubstitute(member.Id, substitute, by, action.Now);
                }

                p.SetReportsBack(member.Id, true, by, action.Now);
                p.SetMemberStatus(member.Id, MemberStatus.Accepted, by, action.Now);
            }, cancellationToken);

            // Optional on the card: a member may state their expectations of the werkgroep now or later ("verwachting ...").
            if (action.Field(ApprovalVerbs.ExpectationField) is { Length: > 0 } expectation && project?.FindMember(member.Id) is { } seated)
            {
                await expectations.RecordAsync(project, seated, expectation, action.Now, cancellationToken);
            }

            // From now on the project is in the member's own list (the dashboard tab's personal list, `wissel`).
            if (project is not null)
            {
                await access.GrantAsync(
                    new ProjectAccess(invitation.TenantId, action.User.AadObjectId, project.Id, project.Gemeente, project.Uitgaansgebied, ProjectAccessRole.Member, action.Now),
                    cancellationToken);
            }

            await AuditAsync(invitation, action, ApprovalAnswer.Agree, substitute is null ? $"{mandate}; achterban" : $"{mandate}; {substitute.DisplayName} <{substitute.Email}>; achterban", cancellationToken);
        }

        return InvitationCard.Build((await invitations.GetAsync(new ProjectKey(invitation.TenantId, invitation.ProjectId), invitation.MemberId, cancellationToken)) ?? accepted, culture);
    }

    private async Task<JsonObject> DeclineAsync(CardInvoke action, Invitation invitation, CancellationToken cancellationToken)
    {
        var culture = action.Culture;
        var reason = action.Field(ApprovalVerbs.ReasonField);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return InvitationCard.Build(invitation, culture, ApprovalText.Get(ApprovalText.ReasonRequired, culture));
        }

        reason = reason.Length > GroupDecisionCard.MaxCommentLength ? reason[..GroupDecisionCard.MaxCommentLength] : reason;
        var declined = invitation with { Status = MemberStatus.Declined, Reason = reason };
        if (!await invitations.TryAnswerAsync(declined, cancellationToken))
        {
            return InvitationCard.Build((await invitations.GetAsync(new ProjectKey(invitation.TenantId, invitation.ProjectId), invitation.MemberId, cancellationToken)) ?? invitation, culture);
        }

        var project = await projects.UpdateAsync(new ProjectKey(invitation.TenantId, invitation.ProjectId),
            p => p.SetMemberStatus(invitation.MemberId, MemberStatus.Declined, p.FindMember(invitation.MemberId)!.Person, action.Now), cancellationToken);
        await AuditAsync(invitation, action, ApprovalAnswer.Object, reason, cancellationToken);
        if (project is not null)
        {
            await TellProjectleiderAsync(invitation, reason, project, cancellationToken);
        }

        return InvitationCard.Build(declined, culture);
    }

    private async Task TellProjectleiderAsync(Invitation invitation, string reason, KvuProject project, CancellationToken cancellationToken)
    {
        var address = await conversations.GetAsync(invitation.TenantId, invitation.ReportTo, cancellationToken);
        if (address is null)
        {
            logger.LogWarning("No conversation {ConversationId} to report the decline of {MemberId} in {ProjectId}", invitation.ReportTo, invitation.MemberId, invitation.ProjectId);
            return;
        }

        var culture = BotText.CultureFor(invitation.ReportLocale);
        var report = ApprovalText.Format(ApprovalText.DeclinedReport, culture, invitation.InviteeName, FormationText.Name(invitation.Role, culture), reason);
        var result = await sender.SendWhileUserWaitsAsync(address, [Reply.Say(report), FormationReplies.Overview(project, culture)], cancellationToken);
        if (result.Outcome != SendOutcome.Sent)
        {
            // The decline itself is recorded and shows in the overview; only the message did not get through.
            logger.LogWarning("Could not tell the projectleider of {ProjectId} about a decline: {Outcome}", invitation.ProjectId, result.Outcome);
        }
    }

    private Task<bool> AuditAsync(Invitation invitation, CardInvoke action, ApprovalAnswer answer, string comment, CancellationToken cancellationToken) =>
        approvals.RecordAsync(invitation.ProjectId, new ApprovalResponse(
            $"uitnodiging-{invitation.MemberId}", 1, action.User.AadObjectId,
            string.IsNullOrWhiteSpace(action.User.DisplayName) ? invitation.InviteeName : action.User.DisplayName,
            answer, comment, action.Now), cancellationToken);
}
