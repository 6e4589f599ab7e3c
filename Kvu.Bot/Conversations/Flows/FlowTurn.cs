namespace Kvu.Bot.Conversations.Flows;

/// <summary>A step's view of the turn: the user's input and the flow's persisted state.</summary>
public sealed record FlowTurn(FlowInput Input, FlowState State)
{
    /// <summary>A text from the Texts resources in the user's language.</summary>
    public string Text(string key) => BotText.Get(key, Input.Culture);
}
