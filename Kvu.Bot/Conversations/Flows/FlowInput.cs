namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// One user message as a flow sees it: the typed text (mention removed) and, for a card submit, the card's data.
/// </summary>
public sealed record FlowInput(string Text, JsonObject? Data, FlowUser User, CultureInfo Culture, DateTimeOffset Now)
{
    /// <summary>Where the message was said; personal by default (tests of single features need no more).</summary>
    public FlowConversation Conversation { get; init; } = new(string.Empty, Storage.ConversationKind.Personal);

    /// <summary>Who can be picked from the team; nobody unless the edge provides a roster.</summary>
    public ITeamDirectory Team { get; init; } = NoTeam.Instance;

    /// <summary>Shows the user the bot is working; nothing unless the edge provides a chat to show it in.</summary>
    public IWorkIndicator Working { get; init; } = NotShown.Instance;

    private sealed class NotShown : IWorkIndicator
    {
        public static readonly NotShown Instance = new();

        public Task ShowAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The id of the bot's message whose card button sent this one (Teams' replyToId); null for typed text.</summary>
    public string? RepliesTo { get; init; }

    /// <summary>The verb of the card button that sent this message (<see cref="CardVerb"/>); null for typed text.</summary>
    public string? Verb => CardVerb.Read(Data);

    /// <summary>
    /// What the user typed, in single spaces (<see cref="Words.Squeeze"/>), as a typed command reads it; null when a card
    /// sent the message (a button with its <see cref="Verb"/>, or a form), whose text is no command.
    /// </summary>
    public string? TypedText => Data is null ? Words.Squeeze(Text) : null;

    /// <summary>The answer to the current question: a card field named "answer" wins over typed text.</summary>
    public string Answer => Field("answer") ?? Text;

    public string? Field(string name) =>
        Data?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;
}
