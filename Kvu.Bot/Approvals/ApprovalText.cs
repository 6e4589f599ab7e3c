using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Approvals;

/// <summary>The texts of approvals (Approvals/), from Approvals.resx (Dutch, the neutral language) and Approvals.en.resx.</summary>
public static partial class ApprovalText
{
    public const string BaseName = "Kvu.Bot.Approvals.Approvals";

    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<ApprovalWord> Words { get; } = new(ResourceManager);

    /// <summary>A missing key shows as the key itself rather than failing an invoke Teams waits for; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);

}
