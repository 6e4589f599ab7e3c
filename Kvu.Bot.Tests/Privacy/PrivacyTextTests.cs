using System.Globalization;
using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;
using Kvu.Bot.Privacy;

namespace Kvu.Bot.Tests.Privacy;

public partial class PrivacyTextTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Same in both languages on purpose: "{1} in {0}" (a count in a table).</summary>
    private static readonly string[] SameInBoth = [PrivacyText.EraseRows];

    [Fact]
    public void Every_privacy_text_exists_in_dutch_and_english_with_the_same_placeholders()
    {
        Assert.NotEmpty(ResourceKeys.Texts(PrivacyText.ResourceManager));
        foreach (var key in ResourceKeys.Texts(PrivacyText.ResourceManager))
        {
            var dutch = PrivacyText.ResourceManager.GetString(key, Dutch);
            var english = PrivacyText.ResourceManager.GetString(key, English);
            Assert.False(string.IsNullOrWhiteSpace(dutch), key);
            Assert.False(string.IsNullOrWhiteSpace(english), key);
            Assert.True(SameInBoth.Contains(key) || dutch != english, $"{key} is not translated");
            Assert.Equal(Placeholders(dutch!), Placeholders(english!));
        }
    }

    [Theory]
    [InlineData(730, "2 jaar", "2 years")]
    [InlineData(90, "90 dagen", "90 days")]
    public void A_retention_period_reads_as_people_say_it(int days, string dutch, string english)
    {
        Assert.Equal(dutch, PrivacyText.Duration(TimeSpan.FromDays(days), Dutch));
        Assert.Equal(english, PrivacyText.Duration(TimeSpan.FromDays(days), English));
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
