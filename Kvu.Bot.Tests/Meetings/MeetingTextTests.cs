using System.Globalization;
using Kvu.Bot.Tests.Infrastructure;
using Kvu.Bot.Meetings;

namespace Kvu.Bot.Tests.Meetings;

public class MeetingTextTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Same in both languages on purpose: a time range pattern.</summary>
    private static readonly string[] SameInBoth = [MeetingText.When];

    [Fact]
    public void Every_meeting_text_exists_in_dutch_and_english()
    {
        Assert.NotEmpty(ResourceKeys.Texts(MeetingText.ResourceManager));
        foreach (var key in ResourceKeys.Texts(MeetingText.ResourceManager))
        {
            var dutch = MeetingText.ResourceManager.GetString(key, Dutch);
            var english = MeetingText.ResourceManager.GetString(key, English);
            Assert.False(string.IsNullOrWhiteSpace(dutch), key);
            Assert.False(string.IsNullOrWhiteSpace(english), key);
            Assert.True(SameInBoth.Contains(key) || dutch != english, $"{key} is not translated");
        }
    }
}
