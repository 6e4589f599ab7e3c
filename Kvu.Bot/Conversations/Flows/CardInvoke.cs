namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A button of a card pressed (Universal Actions: Action.Execute, its Action.Submit fallback, or a Teams client
/// refreshing a user-specific view), free of SDK types: its verb, its data with the card's inputs merged in, who
/// pressed it and where.
/// </summary>
public sealed record CardInvoke(string Verb, JsonObject Data, FlowUser User, CultureInfo Culture, DateTimeOffset Now, FlowConversation Conversation)
{
    /// <summary>An Action.Submit that carries <paramref name="verb"/>: the same action as the Action.Execute it stands in for.</summary>
    public static CardInvoke FromSubmit(FlowInput input, string verb) =>
        new(verb, input.Data ?? [], input.User, input.Culture, input.Now, input.Conversation) { Team = input.Team };

    /// <summary>The werkgroep's team as Teams knows it (to invite from a card); nobody unless the edge provides a roster.</summary>
    public ITeamDirectory Team { get; init; } = NoTeam.Instance;

    public string? Field(string name) =>
        Data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;
}
