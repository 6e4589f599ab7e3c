namespace Kvu.Bot.Meetings;

public enum ProgressPostOutcome
{
    // Not posted: no linked channel, or the channel could not be reached.
    NotPosted,
    // Posted by the bot (proactive), as configured.
    ByBot,
    // Posted as the projectleider through Graph (delegated ChannelMessage.Send).
    AsProjectleider,
    // Posting as the projectleider was configured but no delegated token was available: the bot posted it instead.
    ByBotInstead,
}
