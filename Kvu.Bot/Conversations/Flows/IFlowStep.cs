namespace Kvu.Bot.Conversations.Flows;

/// <summary>One question of a guided flow: how it is asked, how an answer is judged, and its own help.</summary>
public interface IFlowStep
{
    string Id { get; }

    Task<Reply> PromptAsync(FlowTurn turn, CancellationToken cancellationToken);

    /// <summary>Judges the answer; an invalid one must change nothing and return <see cref="StepOutcome.Retry"/>.</summary>
    Task<StepOutcome> AnswerAsync(FlowTurn turn, CancellationToken cancellationToken);

    string Help(CultureInfo culture);
}
