using System.Globalization;
using System.Text.Json.Nodes;

namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A button of a card pressed (Universal Actions: Action.Execute, or a Teams client refreshing a user-specific
/// view), free of SDK types: its verb, its data with the card's inputs merged in, who pressed it and where.
/// </summary>
public sealed record CardInvoke(string Verb, JsonObject Data, FlowUser User, CultureInfo Culture, DateTimeOffset Now, FlowConversation Conversation)
{
    public string? Field(string name) =>
        Data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;
}
