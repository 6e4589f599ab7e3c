using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Flow;

/// <summary>Taking a member out of the werkgroep, which "Lid verwijderen" on her card (<see cref="MemberQuestions"/>) asks for.</summary>
public static class RemovalQuestions
{
    /// <summary>
    /// "weg:{memberId}": the projectleider confirms taking a member out of the werkgroep (a click on "Lid verwijderen"
    /// on the member's card). The seat goes, the log and the weekly status say so, and open decisions are put to the
    /// werkgroep without her; "Nee" goes back to her card.
    /// </summary>
    public static IFlowStep Member(FormationFlow flow, string stepId)
    {
        var memberId = stepId[FormationSteps.RemovePrefix.Length..];
        return new QuestionStep(
            stepId,
            async (turn, cancellationToken) =>
            {
                var project = await flow.Session.LoadAsync(turn, cancellationToken);
                var member = project.FindMember(memberId);
                var who = member is null ? memberId : $"{member.Person.DisplayName} ({FormationText.Name(member.Role, turn.Input.Culture)})";
                return new Question(stepId, BotText.Format(ConversationText.Ask_RemoveMember, turn.Input.Culture, who), turn.Text(ConversationText.Explain_RemoveMember))
                {
                    Choices = [new("ja", turn.Text(ConversationText.Choice_RemoveConfirm)), new("nee", turn.Text(ConversationText.Choice_RemoveCancel))],
                };
            },
            async (turn, question, cancellationToken) =>
            {
                switch (Answers.MatchChoice(question, turn.Input)?.Value)
                {
                    case "nee":
                        return StepOutcome.GoTo(FormationSteps.MemberPrefix + memberId);
                    case "ja":
                        Member? removed = null;
                        var outcome = await flow.Session.ChangeAsync(
                            turn,
                            (p, by, at) =>
                            {
                                removed = p.FindMember(memberId);
                                p.RemoveMember(memberId, by, at);
                            },
                            p => flow.Proceed(turn, p, before: Reply.Say(BotText.Format(ConversationText.MemberRemoved, turn.Input.Culture, removed!.Person.DisplayName))),
                            cancellationToken);

                        // Her own access to the project (the dashboard tab, "wissel") goes with the seat.
                        if (removed?.Person.AadObjectId is { Length: > 0 } aad && outcome is not StepOutcome.Retry
                            && await flow.Session.Access.GetAsync(turn.Input.User.TenantId, aad, turn.State.ProjectId!, cancellationToken) is { Role: ProjectAccessRole.Member })
                        {
                            await flow.Session.Access.RevokeAsync(turn.Input.User.TenantId, aad, turn.State.ProjectId!, cancellationToken);
                        }

                        return outcome;
                    default:
                        return StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture));
                }
            },
            c => BotText.Get(ConversationText.Explain_RemoveMember, c));
    }
}
