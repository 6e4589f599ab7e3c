namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A step defined by three functions: the question to ask (built fresh each time, so it shows the latest data),
/// how to take the answer, and the step's help. Flows are tables of these.
/// </summary>
public sealed class QuestionStep(
    string id,
    Func<FlowTurn, CancellationToken, Task<Question>> ask,
    Func<FlowTurn, Question, CancellationToken, Task<StepOutcome>> answer,
    Func<CultureInfo, string> help) : IFlowStep
{
    public string Id => id;

    public async Task<Reply> PromptAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var question = await ask(turn, cancellationToken);
        return Reply.Show(QuestionCard.Build(turn.KeepAnswers ? question.FilledFrom(turn.Input) : question, turn.Input.Culture));
    }

    public async Task<StepOutcome> AnswerAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var question = await ask(turn, cancellationToken);
        return question.Check(turn.Input) is { } tooLong
            ? StepOutcome.Invalid(tooLong.Message(turn.Input.Culture))
            : await answer(turn, question, cancellationToken);
    }

    public string Help(CultureInfo culture) => help(culture);
}
