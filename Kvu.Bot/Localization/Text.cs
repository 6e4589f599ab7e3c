namespace Kvu.Bot.Localization;

/// <summary>The names of the texts in Texts.resx, so that a typo is a compile error rather than a missing sentence.</summary>
public static class Text
{
    public const string WelcomeTitle = nameof(WelcomeTitle);
    public const string WelcomeBody = nameof(WelcomeBody);
    public const string WelcomeTeam = nameof(WelcomeTeam);
    public const string WelcomeHelpButton = nameof(WelcomeHelpButton);
    public const string HelpIntro = nameof(HelpIntro);
    public const string HelpCommandHelp = nameof(HelpCommandHelp);
    public const string HelpMentionHint = nameof(HelpMentionHint);
    public const string NotUnderstood = nameof(NotUnderstood);
    public const string ErrorGeneric = nameof(ErrorGeneric);
    public const string ErrorStorageUnavailable = nameof(ErrorStorageUnavailable);
    public const string ErrorConflict = nameof(ErrorConflict);
    public const string FlowStopped = nameof(FlowStopped);
    public const string FlowAtFirstStep = nameof(FlowAtFirstStep);
    public const string FlowCommonHelp = nameof(FlowCommonHelp);
    public const string FlowStaleCard = nameof(FlowStaleCard);
    public const string ButtonNext = nameof(ButtonNext);
    public const string ButtonBack = nameof(ButtonBack);
    public const string ButtonStop = nameof(ButtonStop);
}
