using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Conversations;

/// <summary>The words every conversation understands, from Texts.resx: help, and a guided flow's escapes.</summary>
public static class ConversationWords
{
    public static readonly Words Help = new(BotText.Resources, "Words_Help");
    public static readonly Words Stop = new(BotText.Resources, "Words_Stop");
    public static readonly Words Back = new(BotText.Resources, "Words_Back");

    /// <summary>Typed for a date: today.</summary>
    public static readonly Words Today = new(BotText.Resources, "Words_Today");
}
