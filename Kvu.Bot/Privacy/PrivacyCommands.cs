namespace Kvu.Bot.Privacy;

/// <summary>
/// What the projectleider types for the AVG (Dutch and English words, like the other commands), and the Action.Submit
/// data of the confirmation cards. A card's data names its verb in "verb", so the formation flow passes it on.
/// </summary>
public static class PrivacyCommands
{
    /// <summary>The first word: "avg", "gdpr" or "privacy".</summary>
    public static readonly IReadOnlySet<string> Prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "avg", "gdpr", "privacy" };

    public static readonly IReadOnlySet<string> ExportWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "export", "exporteer", "exporteren", "inzage" };

    public static readonly IReadOnlySet<string> EraseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "verwijder", "verwijderen", "wis", "erase", "delete", "remove" };

    public static readonly IReadOnlySet<string> ArchiveSentences = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "project archiveren", "archiveer project", "archiveren", "archive project" };

    // Card data.
    public const string VerbField = "verb";
    public const string PersonField = "person";
    public const string ProjectField = "project";

    public const string EraseVerb = "privacy.erase";
    public const string ArchiveVerb = "privacy.archive";
    public const string CancelVerb = "privacy.cancel";
}
