namespace Kvu.Bot.Privacy;

/// <summary>The AVG commands as people type them (Privacy.resx, <c>Words_…</c>).</summary>
public enum PrivacyWord
{
    /// <summary>"avg" / "gdpr": starts the export and erase commands; alone it asks what the bot keeps.</summary>
    Privacy,
    Export,
    Erase,

    /// <summary>"project archiveren" / "archive project", the whole message.</summary>
    Archive,
}
