namespace Kvu.Bot.Conversations.Flows;

/// <summary>What the runner says back, and whether the user's flow has ended (so its state can be dropped).</summary>
public sealed record FlowResult(IReadOnlyList<Reply> Replies, bool Ended);
