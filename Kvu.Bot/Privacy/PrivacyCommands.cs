namespace Kvu.Bot.Privacy;

/// <summary>
/// The verbs and data fields of the AVG confirmation cards (Action.Submit: the verb under the one card-data key,
/// <see cref="Conversations.Flows.CardVerb"/>). What people type is in <see cref="PrivacyWord"/>.
/// </summary>
public static class PrivacyCommands
{
    public const string PersonField = "person";
    public const string ProjectField = "project";

    public const string EraseVerb = "privacy.erase";
    public const string ArchiveVerb = "privacy.archive";
    public const string CancelVerb = "privacy.cancel";

    public static IReadOnlyCollection<string> Verbs { get; } = [EraseVerb, ArchiveVerb, CancelVerb];
}
