using System.Globalization;
using System.Text;
using Kvu.Bot.Localization;

namespace Kvu.Bot.Conversations;

/// <summary>The answer to "help": every command the bot understands, in the user's language.</summary>
public static class HelpText
{
    public static string Build(CultureInfo culture)
    {
        var text = new StringBuilder();
        text.Append(BotText.Get(Text.HelpIntro, culture)).Append("\n\n");
        foreach (var key in new[] { Text.HelpCommandStart, Text.HelpCommandStatus, Text.HelpCommandEdit, Text.HelpCommandTasks, Text.HelpCommandFactors, Text.HelpCommandProjects, Text.HelpCommandNew, Text.HelpCommandLink, Text.HelpCommandHelp })
        {
            text.Append("- ").Append(BotText.Get(key, culture)).Append('\n');
        }

        foreach (var key in new[] { MeetingText.HelpCommandMeeting, MeetingText.HelpCommandMeetingChange, MeetingText.HelpCommandSummary })
        {
            text.Append("- ").Append(MeetingText.Get(key, culture)).Append('\n');
        }

        text.Append('\n');
        text.Append(BotText.Get(Text.HelpMentionHint, culture));
        return text.ToString();
    }
}
