namespace Kvu.Bot.Conversations;

/// <summary>
/// The answer to "help": every command the bot understands, grouped by what a projectleider is doing, each with an
/// example that can be typed as it stands, in the user's language.
/// </summary>
public static class HelpText
{
    /// <summary>Per section its heading and its commands, in the order they are shown.</summary>
    public static IReadOnlyList<(string Heading, string[] Commands)> Sections { get; } =
    [
        (Text.HelpSectionWerkgroep,
        [
            Text.HelpCommandStart, Text.HelpCommandStatus, Text.HelpCommandEdit, Text.HelpCommandTasks,
            Text.HelpCommandFactors, Text.HelpCommandProjects, Text.HelpCommandNew, Text.HelpCommandLink,
        ]),
        (Text.HelpSectionDecisions,
        [
            Text.HelpCommandInvite, Text.HelpCommandInvitations, Text.HelpCommandPropose, Text.HelpCommandTerm,
            Text.HelpCommandProblem, Text.HelpCommandExpectation, Text.HelpCommandAudit, Text.HelpCommandVerifyAudit,
        ]),
        (Text.HelpSectionCycle,
        [
            Text.HelpCommandPhase, Text.HelpCommandNextPhase, Text.HelpCommandPreviousPhase, Text.HelpCommandItem,
            Text.HelpCommandAnalysis, Text.HelpCommandArea, Text.HelpCommandSource, Text.HelpCommandSourceReceived,
            Text.HelpCommandKnelpunt, Text.HelpCommandIndicator, Text.HelpCommandFinding, Text.HelpCommandFindings,
            Text.HelpCommandGoal, Text.HelpCommandGoals, Text.HelpCommandMeasure, Text.HelpCommandMeasures, Text.HelpCommandCooperation, Text.HelpCommandEvaluationPlan, Text.HelpCommandPlan, Text.HelpCommandProposePlan,
        ]),
        (Text.HelpSectionDocuments, [Text.HelpCommandDocument, Text.HelpCommandProgressReport, Text.HelpCommandReportingRhythm]),
        (Text.HelpSectionEvaluation,
        [
            Text.HelpCommandMeting, Text.HelpCommandMetingTyped, Text.HelpCommandMetingen, Text.HelpCommandCooperationStart,
            Text.HelpCommandCooperationResults, Text.HelpCommandCooperationClose, Text.HelpCommandResolved,
        ]),
        (Text.HelpSectionMeetings, [Text.HelpCommandMeeting, Text.HelpCommandMeetingChange, Text.HelpCommandSummary, Text.HelpCommandWeekstatus, Text.HelpCommandPrivacy, Text.HelpCommandHelp]),
    ];

    public static string Build(CultureInfo culture)
    {
        var text = new StringBuilder();
        text.Append(BotText.Get(Text.HelpIntro, culture)).Append("\n\n");
        foreach (var (heading, commands) in Sections)
        {
            text.Append(BotText.Get(heading, culture)).Append("\n\n");
            foreach (var key in commands)
            {
                text.Append("- ").Append(BotText.Get(key, culture)).Append('\n');
            }

            text.Append('\n');
        }

        text.Append(BotText.Get(Text.HelpMentionHint, culture));
        return text.ToString();
    }
}
