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
            // "Geen" says there are none, and the card's field shows the ones there are: what is not named is dropped.
            // A typed answer only adds (it shows nothing that could be left out).
            var none = Answers.MatchChoice(question, turn.Input)?.Value == "geen";
            var wholeList = none || turn.Input.Data is not null;
            var names = none ? [] : Answers.List(turn.Input.Answer);
            if (names.Count == 0 && !none)
            {
                return StepOutcome.Invalid(turn.Text(ConversationText.Invalid_Empty));
            }

            var known = wholeList ? [] : (await flow.Session.LoadAsync(turn, cancellationToken)).ConsultationBodies.Select(b => b.Name);
            if (InputLimits.Count(known.Concat(names).Distinct(StringComparer.OrdinalIgnoreCase).Count(), InputLimits.ListItems, turn.Text(ConversationText.Field_Bodies)) is { } tooMany)
            {
                return StepOutcome.Invalid(tooMany.Message(turn.Input.Culture));
            }

            var dropped = new List<string>();
            return await flow.Session.ChangeAsync(
                turn,
                (p, by, at) =>
                {
                    dropped.Clear();
                    foreach (var body in wholeList ? p.ConsultationBodies.Where(b => !names.Contains(b.Name, StringComparer.OrdinalIgnoreCase)).ToList() : [])
                    {
                        p.RemoveConsultationBody(body.Name, by, at);
                        dropped.Add(body.Name);
                    }

                    foreach (var name in names.Where(n => !p.ConsultationBodies.Any(b => string.Equals(b.Name, n, StringComparison.OrdinalIgnoreCase))))
                    {
                        p.AddConsultationBody(name, ConsultationBodyFate.Continues, by, at);
                    }
                },
                p => flow.Proceed(turn, p, after: none ? FormationSteps.OverleggenLot : null, before: FormationFlow.Dropped(dropped, turn.Input.Culture)),
                cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Bodies, c));

    public static IFlowStep Lot(FormationFlow flow) => new QuestionStep(
        FormationSteps.OverleggenLot,
        async (turn, cancellationToken) =>
        {
            var project = await flow.Session.LoadAsync(turn, cancellationToken);
            var fates = Enum.GetValues<ConsultationBodyFate>().Select(f => new Question.Choice(f.ToString(), FormationText.Name(f, turn.Input.Culture))).ToList();
            return new Question(FormationSteps.OverleggenLot, turn.Text(ConversationText.Ask_BodyFates))
            {
                Fields = [.. project.ConsultationBodies.Select(b => new Question.Field(BodyFieldPrefix + b.Name, b.Name, Value: b.Fate.ToString()) { Options = fates })],
            };
        },
        (turn, _, cancellationToken) =>
        {
            if (turn.Input.Data is null)
            {
                return Task.FromResult(StepOutcome.Invalid(turn.Text(ConversationText.Help_BodyFates)));
            }

            return flow.Session.ChangeAsync(
                turn,
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
                p => flow.Proceed(turn, p),
                cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_BodyFates, c));
}
