namespace Kvu.Bot.Privacy;

public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Per tenant id, the key (header X-Admin-Key) of that tenant's administrator for /api/admin/persons/...: a key
    /// opens only its own tenant. None configured: those endpoints answer 404.
    /// </summary>
    public Dictionary<string, string> AdminKeys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long an archived project is kept before every row of it is deleted. Two years by default: a KVU cycle
    /// (certification and the next assessment) takes about that long, so the werkgroep can still look up what it
    /// agreed when the next cycle starts or a decision is questioned; the gemeente's own archive (DMS) keeps what the
    /// Archiefwet requires, not the bot.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan RetentionAfterArchive { get; set; } = TimeSpan.FromDays(730);

    /// <summary>How often the retention job looks for archived projects past their retention period.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "7.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>False stops the retention loop on this instance (tests run it themselves).</summary>
    public bool RetentionEnabled { get; set; } = true;

    /// <summary>How long the download link of a projectleider's export works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The bot's public address for download links (https://host); empty: the host Teams' requests come to.</summary>
    public string? PublicBaseUrl { get; set; }
}
