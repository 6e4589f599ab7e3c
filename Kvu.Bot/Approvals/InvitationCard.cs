using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Common;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

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
            CardParts.Title(ApprovalText.Format(ApprovalText.InviteTitle, culture, invitation.ProjectName)),
            CardParts.Text(ApprovalText.Format(ApprovalText.InviteIntro, culture, invitation.InvitedBy, FormationText.Name(invitation.Role, culture), invitation.Organisation)),
        };
        var actions = new JsonArray();
        switch (invitation.Status)
        {
            case MemberStatus.Accepted:
                body.Add(CardParts.Text(ApprovalText.Get(ApprovalText.InviteAccepted, culture), bold: true, color: "Good"));
                break;
            case MemberStatus.Declined:
                body.Add(CardParts.Text(ApprovalText.Format(ApprovalText.InviteDeclined, culture, invitation.Reason ?? string.Empty), bold: true, color: "Warning"));
                break;
            default:
                body.Add(CardParts.Text(ApprovalText.Get(ApprovalText.InviteWhy, culture), subtle: true));
                body.Add(new JsonObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = ApprovalVerbs.MandateField,
                    ["label"] = ApprovalText.Get(ApprovalText.MandateLabel, culture),
                    ["style"] = "expanded",
                    ["choices"] = new JsonArray([.. new[] { Mandate.CanDecide, Mandate.DecidesAfterConsultation, Mandate.CannotDecide }
                        .Select(m => new JsonObject { ["title"] = ApprovalText.Get($"Mandate_{m}", culture), ["value"] = m.ToString() })]),
                });
                body.Add(Input(ApprovalVerbs.SubstituteNameField, ApprovalText.Get(ApprovalText.SubstituteNameLabel, culture), InputLimits.Name));
                var email = Input(ApprovalVerbs.SubstituteEmailField, ApprovalText.Get(ApprovalText.SubstituteEmailLabel, culture), InputLimits.Email);
                email["style"] = "email";
                body.Add(email);
                body.Add(new JsonObject
                {
                    ["type"] = "Input.Toggle",
                    ["id"] = ApprovalVerbs.ReportBackField,
                    ["title"] = ApprovalText.Get(ApprovalText.ReportBackLabel, culture),
                    ["valueOn"] = "true",
                    ["valueOff"] = "false",
                    ["wrap"] = true,
                });
                var expectation = Input(ApprovalVerbs.ExpectationField, ApprovalText.Get(ApprovalText.ExpectationLabel, culture), MemberExpectations.MaxLength);
                expectation["isMultiline"] = true;
                body.Add(expectation);
                var reason = Input(ApprovalVerbs.ReasonField, ApprovalText.Get(ApprovalText.ReasonLabel, culture), GroupDecisionCard.MaxCommentLength);
                reason["isMultiline"] = true;
                body.Add(reason);
                actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonAccept, culture), ApprovalVerbs.Accept, invitation, "positive"));
                actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonDecline, culture), ApprovalVerbs.Decline, invitation, null));
                break;
        }

        if (notice is not null)
        {
            body.Add(CardParts.Text(notice, bold: true, color: "Attention"));
        }

        var card = CardParts.Card(body, actions);

        // Only the invitee gets their own view refreshed; the card is in their 1:1 chat.
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = ApprovalVerbs.InvitationRefresh, ["data"] = CardVerb.With(Data(invitation), ApprovalVerbs.InvitationRefresh) },
            ["userIds"] = new JsonArray(invitation.InviteeAadObjectId),
        };
        return card;
    }

    private static JsonObject Input(string id, string label, int maxLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["maxLength"] = maxLength,
    };

    private static JsonObject Data(Invitation invitation) => new()
    {
        [ApprovalVerbs.ProjectField] = invitation.ProjectId,
        [ApprovalVerbs.MemberField] = invitation.MemberId,
    };

    private static JsonObject Execute(string title, string verb, Invitation invitation, string? style)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = CardVerb.With(Data(invitation), verb),
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = CardVerb.With(Data(invitation), verb) },
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }
}
