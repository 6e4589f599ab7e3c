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
        (ConversationText.HelpSectionWerkgroep,
        [
            ConversationText.HelpCommandStart, ConversationText.HelpCommandStatus, ConversationText.HelpCommandEdit, ConversationText.HelpCommandTasks,
            ConversationText.HelpCommandFactors, ConversationText.HelpCommandProjects, ConversationText.HelpCommandNew, ConversationText.HelpCommandLink,
        ]),
        (ConversationText.HelpSectionDecisions,
        [
            ConversationText.HelpCommandInvite, ConversationText.HelpCommandInvitations, ConversationText.HelpCommandPropose, ConversationText.HelpCommandTerm,
            ConversationText.HelpCommandProblem, ConversationText.HelpCommandExpectation, ConversationText.HelpCommandAudit, ConversationText.HelpCommandVerifyAudit,
        ]),
        (ConversationText.HelpSectionCycle,
        [
            ConversationText.HelpCommandPhase, ConversationText.HelpCommandNextPhase, ConversationText.HelpCommandPreviousPhase, ConversationText.HelpCommandItem,
            ConversationText.HelpCommandAnalysis, ConversationText.HelpCommandArea, ConversationText.HelpCommandSource, ConversationText.HelpCommandSourceReceived,
            ConversationText.HelpCommandKnelpunt, ConversationText.HelpCommandIndicator, ConversationText.HelpCommandFinding, ConversationText.HelpCommandFindings,
            ConversationText.HelpCommandGoal, ConversationText.HelpCommandGoals, ConversationText.HelpCommandMeasure, ConversationText.HelpCommandMeasures, ConversationText.HelpCommandCooperation, ConversationText.HelpCommandEvaluationPlan, ConversationText.HelpCommandPlan, ConversationText.HelpCommandProposePlan, ConversationText.HelpCommandConvenant,
        ]),
        (ConversationText.HelpSectionDocuments, [ConversationText.HelpCommandDocument, ConversationText.HelpCommandProgressReport, ConversationText.HelpCommandReportingRhythm]),
        (ConversationText.HelpSectionEvaluation,
        [
            ConversationText.HelpCommandMeting, ConversationText.HelpCommandMetingTyped, ConversationText.HelpCommandMetingen, ConversationText.HelpCommandCooperationStart,
            ConversationText.HelpCommandCooperationResults, ConversationText.HelpCommandCooperationClose, ConversationText.HelpCommandResolved, ConversationText.HelpCommandProgress,
            ConversationText.HelpCommandProgressMeasure,
        ]),
        (ConversationText.HelpSectionMeetings, [ConversationText.HelpCommandMeeting, ConversationText.HelpCommandMeetingChange, ConversationText.HelpCommandSummary, ConversationText.HelpCommandWeekstatus, ConversationText.HelpCommandPrivacy, ConversationText.HelpCommandHelp]),
    ];

    public static string Build(CultureInfo culture)
    {
        var text = new StringBuilder();
        text.Append(BotText.Get(ConversationText.HelpIntro, culture)).Append("\n\n");
        foreach (var (heading, commands) in Sections)
        {
            text.Append(BotText.Get(heading, culture)).Append("\n\n");
            foreach (var key in commands)
            {
                text.Append("- ").Append(BotText.Get(key, culture)).Append('\n');
            }

            text.Append('\n');
        }

        text.Append(BotText.Get(ConversationText.HelpMentionHint, culture));
        return text.ToString();
    }
}
