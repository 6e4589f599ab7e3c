using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// The 1:1 invitation to a seat, a pure function of the invitation: who invites, for which project and role; while
/// open, the member's mandate, plaatsvervanger, commitment to report back to their achterban, their expectations of
/// the werkgroep (optional) and accept/decline
/// (Action.Execute with an Action.Submit fallback); once answered, the answer.
/// </summary>
public static class InvitationCard
{
    public static JsonObject Build(Invitation invitation, CultureInfo culture, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var body = new JsonArray
        {
            CardElements.Title(ApprovalText.Format(ApprovalText.InviteTitle, culture, invitation.ProjectName)),
            CardElements.Text(Intro(invitation, culture)),
        };
        var actions = new JsonArray();
        switch (invitation.Status)
        {
            case MemberStatus.Accepted:
                body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.InviteAccepted, culture), weight: TextWeight.Bolder, color: TextColor.Good));
                break;
            case MemberStatus.Declined:
                body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.InviteDeclined, culture, invitation.Reason ?? string.Empty), weight: TextWeight.Bolder, color: TextColor.Attention));
                break;
            default:
                body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.InviteWhy, culture), subtle: true));
                body.Add(CardInputs.Choices(ApprovalVerbs.MandateField, ApprovalText.Get(ApprovalText.MandateLabel, culture),
                    new[] { Mandate.CanDecide, Mandate.DecidesAfterConsultation, Mandate.CannotDecide }.Select(m => (ApprovalText.Get($"Mandate_{m}", culture), m.ToString())),
                    ChoiceInputStyle.Expanded));
                body.Add(CardInputs.Text(ApprovalVerbs.SubstituteNameField, ApprovalText.Get(ApprovalText.SubstituteNameLabel, culture), maxLength: InputLimits.Name));
                body.Add(CardInputs.Text(ApprovalVerbs.SubstituteEmailField, ApprovalText.Get(ApprovalText.SubstituteEmailLabel, culture), maxLength: InputLimits.Email, style: TextInputStyle.Email));
                body.Add(CardInputs.Toggle(ApprovalVerbs.ReportBackField, ApprovalText.Get(ApprovalText.ReportBackLabel, culture)));
                body.Add(CardInputs.Text(ApprovalVerbs.ExpectationField, ApprovalText.Get(ApprovalText.ExpectationLabel, culture), maxLength: MemberExpectations.MaxLength, multiline: true));
                body.Add(CardInputs.Text(ApprovalVerbs.ReasonField, ApprovalText.Get(ApprovalText.ReasonLabel, culture), maxLength: GroupDecisionCard.MaxCommentLength, multiline: true));
                actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonAccept, culture), ApprovalVerbs.Accept, invitation, ActionStyle.Positive));
                actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonDecline, culture), ApprovalVerbs.Decline, invitation, null));
                break;
        }

        if (notice is not null)
        {
            body.Add(CardElements.Text(notice, weight: TextWeight.Bolder, color: TextColor.Attention));
        }

        // Only the invitee gets their own view refreshed; the card is in their 1:1 chat.
        return AdaptiveCard.WithRefresh(AdaptiveCard.Create(body, actions), ApprovalVerbs.InvitationRefresh, CardVerb.With(Data(invitation), ApprovalVerbs.InvitationRefresh), [invitation.InviteeAadObjectId]);
    }

    /// <summary>"als Politie namens Politie" says the party twice; then only the organisation.</summary>
    private static string Intro(Invitation invitation, CultureInfo culture)
    {
        var role = FormationText.Name(invitation.Role, culture);
        return string.Equals(role, invitation.Organisation, StringComparison.OrdinalIgnoreCase)
            ? ApprovalText.Format(ApprovalText.InviteIntroForOrganisation, culture, invitation.InvitedBy, invitation.Organisation)
            : ApprovalText.Format(ApprovalText.InviteIntro, culture, invitation.InvitedBy, role, invitation.Organisation);
    }

    private static JsonObject Data(Invitation invitation) => new()
    {
        [ApprovalVerbs.ProjectField] = invitation.ProjectId,
        [ApprovalVerbs.MemberField] = invitation.MemberId,
    };

    private static JsonObject Execute(string title, string verb, Invitation invitation, ActionStyle? style) =>
        CardActions.Execute(title, verb, Data(invitation), CardVerb.Field, style);
}
