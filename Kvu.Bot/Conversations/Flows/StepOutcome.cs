namespace Kvu.Bot.Conversations.Flows;

/// <summary>What a step decided about the user's answer.</summary>
public abstract record StepOutcome
{
    private StepOutcome()
    {
    }

    /// <summary>Accepted; go on to <paramref name="StepId"/>, optionally saying something first.</summary>
    public sealed record Next(string StepId, Reply? Before = null) : StepOutcome;

    /// <summary>Not accepted: say why and ask the same question again. Nothing was changed.</summary>
    public sealed record Retry(string Problem) : StepOutcome;

    /// <summary>The flow is done.</summary>
    public sealed record Finish(params Reply[] Replies) : StepOutcome;

    public static StepOutcome GoTo(string stepId, Reply? before = null) => new Next(stepId, before);

    public static StepOutcome Invalid(string problem) => new Retry(problem);

    public static StepOutcome Done(params Reply[] replies) => new Finish(replies);
}
