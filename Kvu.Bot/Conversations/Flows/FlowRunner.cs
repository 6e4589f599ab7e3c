
namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// The small conversation-flow engine (Bot Builder Dialogs is not available here). It asks the current step's
/// question, hands the answer to the step, and gives every step the same three escapes: "help" (the step's own
/// help), "stop"/"annuleer" (end the flow; what was saved stays saved) and "terug" (the previous question).
/// State is a plain <see cref="FlowState"/> persisted with the conversation, so a flow survives restarts.
/// </summary>
public sealed class FlowRunner
{
    /// <summary>The verbs of a question card's escape buttons (<see cref="QuestionCard"/>), and of the welcome card's help.</summary>
    public const string HelpVerb = "help";
    public const string BackVerb = "terug";
    public const string StopVerb = "stop";

    /// <summary>Verbs that no feature owns: they mean what typing the word means, so they are routed like typed text.</summary>
    public static readonly IReadOnlySet<string> EscapeVerbs = new HashSet<string>(StringComparer.Ordinal) { HelpVerb, BackVerb, StopVerb };

    /// <summary>Card buttons carry the id of the step they belong to, so a click on an old card is recognised.</summary>
    public const string StepField = "step";

    public async Task<FlowResult> StartAsync(IFlow flow, FlowTurn turn, string? atStep, CancellationToken cancellationToken)
    {
        var state = turn.State;
        state.Flow = flow.Name;
        state.Step = atStep ?? flow.FirstStep;
        state.History.Clear();
        state.UpdatedAt = turn.Input.Now;
        return new FlowResult([await flow.Step(state.Step).PromptAsync(turn, cancellationToken)], Ended: false);
    }

    public async Task<FlowResult> ContinueAsync(IFlow flow, FlowTurn turn, CancellationToken cancellationToken)
    {
        var input = turn.Input;
        var state = turn.State;
        var step = flow.Step(state.Step);
        var culture = input.Culture;
        state.UpdatedAt = input.Now;
        if (Says(input, StopVerb, ConversationWord.Stop))
        {
            return new FlowResult([Reply.Say(BotText.Get(ConversationText.FlowStopped, culture))], Ended: true);
        }

        if (Says(input, HelpVerb, ConversationWord.Help))
        {
            var help = $"{step.Help(culture)}\n\n{BotText.Get(ConversationText.FlowCommonHelp, culture)}";
            return new FlowResult([Reply.Say(help), await step.PromptAsync(turn, cancellationToken)], Ended: false);
        }

        if (Says(input, BackVerb, ConversationWord.Back))
        {
            if (state.History.Count == 0)
            {
                return new FlowResult([Reply.Say(BotText.Get(ConversationText.FlowAtFirstStep, culture)), await step.PromptAsync(turn, cancellationToken)], Ended: false);
            }

            state.Step = state.History[^1];
            state.History.RemoveAt(state.History.Count - 1);
            return new FlowResult([await flow.Step(state.Step).PromptAsync(turn, cancellationToken)], Ended: false);
        }

        var cardStep = input.Field(StepField);
        if (cardStep is not null && cardStep != state.Step)
        {
            return new FlowResult([Reply.Say(BotText.Get(ConversationText.FlowStaleCard, culture)), await step.PromptAsync(turn, cancellationToken)], Ended: false);
        }

        // A click on the current question's card: once answered, that card shows the answer instead of its buttons.
        var asked = input.RepliesTo is not null && cardStep is not null ? (await step.PromptAsync(turn, cancellationToken)).Card : null;
        Reply[] answered = asked is null ? [] : [Reply.ReplaceClicked(AnsweredCard.From(asked, input))];
        var outcome = await step.AnswerAsync(turn, cancellationToken);
        switch (outcome)
        {
            case StepOutcome.Retry retry:
                return new FlowResult([Reply.Say(retry.Problem), await step.PromptAsync(turn with { KeepAnswers = true }, cancellationToken)], Ended: false);
            case StepOutcome.Finish finish:
                return new FlowResult([.. answered, .. finish.Replies], Ended: true);
            case StepOutcome.Next next:
                state.History.Add(state.Step);
                state.Step = next.StepId;
                var prompt = await flow.Step(next.StepId).PromptAsync(turn, cancellationToken);
                return new FlowResult(next.Before is null ? [.. answered, prompt] : [.. answered, next.Before, prompt], Ended: false);
            default:
                throw new InvalidOperationException($"Unknown step outcome {outcome.GetType().Name}.");
        }
    }

    /// <summary>True when <paramref name="input"/> is one of the flow's escapes: stop, back or help, typed or clicked.</summary>
    public static bool IsEscape(FlowInput input) =>
        Says(input, StopVerb, ConversationWord.Stop) || Says(input, BackVerb, ConversationWord.Back) || Says(input, HelpVerb, ConversationWord.Help);

    /// <summary>True when <paramref name="input"/> stops the flow, typed or clicked.</summary>
    public static bool IsStop(FlowInput input) => Says(input, StopVerb, ConversationWord.Stop);

    /// <summary>A card field that happens to hold "stop" is an answer; only the button's verb or the typed word is the escape.</summary>
    private static bool Says(FlowInput input, string verb, ConversationWord word) =>
        input.Verb == verb || input.Data is null && BotText.Words[word].Matches(input.Text);
}
