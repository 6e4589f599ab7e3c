namespace Kvu.Bot.Conversations;

/// <summary>The names of the texts in Texts.resx, so that a typo is a compile error rather than a missing sentence.</summary>
public static partial class ConversationText
{
}
