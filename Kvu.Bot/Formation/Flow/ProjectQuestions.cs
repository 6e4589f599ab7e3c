using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Flow;

/// <summary>The project itself: gemeente, uitgaansgebied, the parties' agreement and the intentieverklaring.</summary>
public static class ProjectQuestions
{
    public static IFlowStep Gemeente(FormationFlow flow) => new QuestionStep(
        FormationSteps.Gemeente,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Gemeente, turn.Text(ConversationText.Ask_Gemeente))
        {
            Fields = [new("answer", turn.Text(ConversationText.Field_Gemeente), turn.Text(ConversationText.Placeholder_Gemeente), turn.State.Values.GetValueOrDefault("gemeente"))],
        }),
        (turn, _, cancellationToken) =>
        {
            var name = Answers.Name(turn.Input.Answer);
            if (name is null)
            {
                return Task.FromResult(StepOutcome.Invalid(turn.Text(ConversationText.Invalid_Empty)));
            }

            if (turn.State.ProjectId is not null)
            {
                return flow.SaveAsync(turn, (p, by, at) => p.Rename(name, p.Uitgaansgebied, by, at), cancellationToken);
            }

            turn.State.Values["gemeente"] = name;
            return Task.FromResult(StepOutcome.GoTo(FormationSteps.Gebied));
        },
        c => BotText.Get(ConversationText.Help_Gemeente, c));

    public static IFlowStep Gebied(FormationFlow flow) => new QuestionStep(
        FormationSteps.Gebied,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Gebied, turn.Text(ConversationText.Ask_Gebied))
        {
            Fields = [new("answer", turn.Text(ConversationText.Field_Gebied), turn.Text(ConversationText.Placeholder_Gebied))],
        }),
        async (turn, _, cancellationToken) =>
        {
            var name = Answers.Name(turn.Input.Answer);
            if (name is null)
            {
                return StepOutcome.Invalid(turn.Text(ConversationText.Invalid_Empty));
            }

            if (turn.State.ProjectId is not null)
            {
                return await flow.SaveAsync(turn, (p, by, at) => p.Rename(p.Gemeente, name, by, at), cancellationToken);
            }

            var gemeente = turn.State.Values["gemeente"];
            var project = await flow.CreateProjectAsync(turn, gemeente, name, cancellationToken);
            var intro = BotText.Format(ConversationText.ProjectCreated, turn.Input.Culture, project.Gemeente, project.Uitgaansgebied);
            return await TeamQuestions.AfterProjectCreatedAsync(flow, turn, intro, cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Gebied, c));

    public static IFlowStep Instemming(FormationFlow flow) => new QuestionStep(
        FormationSteps.Instemming,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Instemming, turn.Text(ConversationText.Ask_Instemming), turn.Text(ConversationText.Explain_Instemming))
        {
            Choices =
            [
                new(FormationChoices.Yes, turn.Text(ConversationText.Choice_AgreedAndPledged)),
                new("deels", turn.Text(ConversationText.Choice_AgreedOnly)),
                new(FormationChoices.No, turn.Text(ConversationText.Choice_NotYet)),
            ],
        }),
        (turn, question, cancellationToken) =>
        {
            (bool Agreed, bool Pledged)? answer = Answers.MatchChoice(question, turn.Input)?.Value switch
            {
                FormationChoices.Yes => (true, true),
                "deels" => (true, false),
                FormationChoices.No => (false, false),
                _ => null,
            };
            return answer is not { } a
                ? Task.FromResult(StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture)))
                : flow.SaveAsync(turn, (p, by, at) => p.SetAgreement(a.Agreed, a.Pledged, by, at), cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Instemming, c));

    public static IFlowStep Intentieverklaring(FormationFlow flow) => new QuestionStep(
        FormationSteps.Intentieverklaring,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Intentieverklaring, turn.Text(ConversationText.Ask_Intentieverklaring), turn.Text(ConversationText.Explain_Intentieverklaring))
        {
            Choices = FormationChoices.Of<IntentieverklaringStatus>(turn.Input.Culture),
        }),
        (turn, question, cancellationToken) =>
        {
            if (FormationChoices.Read<IntentieverklaringStatus>(question, turn.Input) is not { } status)
            {
                return Task.FromResult(StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture)));
            }

            return status == IntentieverklaringStatus.Signed
                ? Task.FromResult(StepOutcome.GoTo(FormationSteps.Getekend))
                : flow.Session.ChangeAsync(turn, (p, by, at) => p.SetIntentieverklaring(status, null, by, at), p => flow.Proceed(turn, p, after: FormationSteps.Getekend), cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Intentieverklaring, c));

    public static IFlowStep Getekend(FormationFlow flow) => new QuestionStep(
        FormationSteps.Getekend,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Getekend, turn.Text(ConversationText.Ask_SignedOn))
        {
            Fields = [new("answer", turn.Text(ConversationText.Field_Date), "dd-mm-jjjj", IsDate: true)],
        }),
        (turn, _, cancellationToken) =>
        {
            var date = Answers.Date(turn.Input.Answer, DutchTime.Date(turn.Input.Now));
            return date is not { } signedOn
                ? Task.FromResult(StepOutcome.Invalid(turn.Text(ConversationText.Invalid_Date)))
                : flow.SaveAsync(turn, (p, by, at) => p.SetIntentieverklaring(IntentieverklaringStatus.Signed, signedOn, by, at), cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_SignedOn, c));
}
