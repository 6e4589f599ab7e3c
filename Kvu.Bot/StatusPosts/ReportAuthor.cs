namespace Kvu.Bot.StatusPosts;

/// <summary>Who posted a report in the werkgroep channel.</summary>
public enum ReportAuthor
{
    /// <summary>The bot, proactively.</summary>
    Bot,

    /// <summary>The projectleider who asked for it, through Graph (delegated ChannelMessage.Send).</summary>
    Projectleider,

    /// <summary>The bot, because posting as the projectleider who asked was not possible (no delegated token, Graph refused).</summary>
    BotInsteadOfProjectleider,
}
