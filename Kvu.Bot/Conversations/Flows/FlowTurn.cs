namespace Kvu.Bot.Conversations.Flows;

/// <summary>A step's view of the turn: the user's input and the flow's persisted state.</summary>
public sealed record FlowTurn(FlowInput Input, FlowState State)
{
    /// <summary>
    /// Set when the question is shown again because its answer was refused: a card then comes back with what the
    /// user filled in, not with the stored values, so one wrong field never costs the others.
    /// </summary>
    public bool KeepAnswers { get; init; }

    /// <summary>A text from the Texts resources in the user's language.</summary>
    public string Text(string key) => BotText.Get(key, Input.Culture);
}
