namespace Kvu.Bot.Files;

public sealed class FilesOptions
{
    public const string SectionName = "Files";

    /// <summary>
    /// How long a user can accept a file the bot offered: after that the offer (and the file's bytes) is gone and the
    /// user asks again, so a project's document never waits in storage for days. An hour covers "I'll look after this
    /// call"; a document asked for again is made from the data of that moment.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan OfferLifetime { get; set; } = TimeSpan.FromHours(1);
}
