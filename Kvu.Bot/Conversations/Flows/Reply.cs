namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// What the bot says back, free of any SDK type: text (Markdown as Teams renders it), an Adaptive Card, or both.
/// The edge in Conversations/ turns it into an activity.
/// </summary>
public sealed record Reply(string? Text = null, JsonObject? Card = null)
{
    /// <summary>
    /// Replaces the card whose button sent this message (Teams' replyToId) instead of adding a message; dropped when
    /// the message came from no card.
    /// </summary>
    public bool ReplacesClicked { get; init; }

    /// <summary>An attachment of another kind (a file offer, a file), sent with the text; null for none.</summary>
    public ReplyAttachment? Attachment { get; init; }

    public static Reply Say(string text) => new(text);

    public static Reply Show(JsonObject card) => new(Card: card);

    public static Reply Attach(ReplyAttachment attachment, string? text = null) => new(text) { Attachment = attachment };

    public static Reply ReplaceClicked(JsonObject card) => new(Card: card) { ReplacesClicked = true };
}
