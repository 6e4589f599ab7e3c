namespace Kvu.Bot.Conversations;

/// <summary>What every conversation understands when typed (Texts.resx, <c>Words_…</c>): help, and a guided flow's escapes.</summary>
public enum ConversationWord
{
    Help,
    Stop,
    Back,

    /// <summary>Typed for a date.</summary>
    Today,
}
