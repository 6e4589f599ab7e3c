using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Flow;

/// <summary>"Andere vormen van (uitgaans-)overleg kunnen eventueel vervallen of binnen een project KVU worden ingeschoven."</summary>
public static class ConsultationQuestions
{
    private const string BodyFieldPrefix = "overleg:";

    public static IFlowStep Overleggen(FormationFlow flow) => new QuestionStep(
        FormationSteps.Overleggen,
        async (turn, cancellationToken) =>
        {
            var project = await flow.Session.LoadAsync(turn, cancellationToken);
            return new Question(FormationSteps.Overleggen, BotText.Format(ConversationText.Ask_Bodies, turn.Input.Culture, project.Uitgaansgebied), turn.Text(ConversationText.Explain_Bodies))
            {
                Fields = [new("answer", turn.Text(ConversationText.Field_Bodies), Value: string.Join(", ", project.ConsultationBodies.Select(b => b.Name))) { MaxItems = InputLimits.ListItems }],
                Choices = [new("geen", turn.Text(ConversationText.Choice_None))],
            };
        },
        async (turn, question, cancellationToken) =>
        {
            if (Answers.MatchChoice(question, turn.Input)?.Value == "geen")
            {
                return await flow.SkipAsync(turn, FormationSteps.OverleggenLot, cancellationToken);
            }

            var names = Answers.List(turn.Input.Answer);
            if (names.Count == 0)
            {
                return StepOutcome.Invalid(turn.Text(ConversationText.Invalid_Empty));
            }

            var known = (await flow.Session.LoadAsync(turn, cancellationToken)).ConsultationBodies.Select(b => b.Name);
            if (FormationFlow.ListLimit(known, names, turn.Text(ConversationText.Field_Bodies)) is { } tooMany)
            {
                return StepOutcome.Invalid(tooMany.Message(turn.Input.Culture));
            }

            return await flow.SaveAsync(
                turn,
                (p, by, at) =>
                {
                    foreach (var name in names.Where(n => !p.ConsultationBodies.Any(b => string.Equals(b.Name, n, StringComparison.OrdinalIgnoreCase))))
                    {
                        p.AddConsultationBody(name, ConsultationBodyFate.Continues, by, at);
                    }
                },
                cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Bodies, c));

    public static IFlowStep Lot(FormationFlow flow) => new QuestionStep(
        FormationSteps.OverleggenLot,
        async (turn, cancellationToken) =>
        {
            var project = await flow.Session.LoadAsync(turn, cancellationToken);
            var fates = FormationChoices.Of<ConsultationBodyFate>(turn.Input.Culture);
            return new Question(FormationSteps.OverleggenLot, turn.Text(ConversationText.Ask_BodyFates))
            {
                Fields = [.. project.ConsultationBodies.Select(b => new Question.Field(BodyFieldPrefix + b.Name, b.Name, Value: b.Fate.ToString()) { Options = fates })],
            };
        },
        (turn, _, cancellationToken) => flow.SaveFromCardAsync(
            turn,
            ConversationText.Help_BodyFates,
            (p, by, at) =>
            {
                foreach (var body in p.ConsultationBodies.ToList())
                {
                    if (Enum.TryParse<ConsultationBodyFate>(turn.Input.Field(BodyFieldPrefix + body.Name), out var fate) && fate != body.Fate)
                    {
                        p.SetConsultationBodyFate(body.Name, fate, by, at);
                    }
                }
            },
            cancellationToken),
        c => BotText.Get(ConversationText.Help_BodyFates, c));
}
