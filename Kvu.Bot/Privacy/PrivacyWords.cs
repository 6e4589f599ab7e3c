using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Privacy;

/// <summary>The words of the AVG commands, from Privacy.resx (<see cref="Words"/>).</summary>
public static class PrivacyWords
{
    /// <summary>"avg" / "gdpr": starts the export and erase commands; alone it asks what the bot keeps.</summary>
    public static readonly Words Privacy = Read("Privacy");
    public static readonly Words Export = Read("Export");
    public static readonly Words Erase = Read("Erase");

    /// <summary>"project archiveren" / "archive project", the whole message.</summary>
    public static readonly Words Archive = Read("Archive");

    private static Words Read(string command) => new(PrivacyText.ResourceManager, $"Words_{command}");
}
