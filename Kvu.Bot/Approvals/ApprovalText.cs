namespace Kvu.Bot.Approvals;

/// <summary>The texts of approvals (Approvals/), from Approvals.resx (Dutch, the neutral language) and Approvals.en.resx.</summary>
public static partial class ApprovalText
{
    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<ApprovalWord> Words { get; } = new(ResourceManager);

    /// <summary>A missing key shows as the key itself rather than failing an invoke Teams waits for; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => ResourceManager.Format(key, culture, culture, args);
}
