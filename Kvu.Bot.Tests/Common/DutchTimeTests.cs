using Kvu.Bot.Common;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Common;

public class DutchTimeTests
{
    [Theory]
    [InlineData("2026-07-01T10:00:00Z", 2, "2026-07-01T12:00:00+02:00")]
    [InlineData("2026-12-01T10:00:00Z", 1, "2026-12-01T11:00:00+01:00")]
    public void The_Dutch_clock_is_two_hours_ahead_of_UTC_in_summer_and_one_in_winter(string utc, int hours, string dutch)
    {
        var local = DutchTime.Local(DateTimeOffset.Parse(utc));

        Assert.Equal(TimeSpan.FromHours(hours), local.Offset);
        Assert.Equal(dutch, local.ToString("yyyy-MM-ddTHH:mm:sszzz"));
    }

    [Theory]
    [InlineData("2026-07-01", "2026-07-01T07:00:00Z")]
    [InlineData("2026-12-01", "2026-12-01T08:00:00Z")]
    public void Nine_oclock_Dutch_time_is_a_different_UTC_hour_in_summer_and_winter(string date, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc), DutchTime.At(DateOnly.Parse(date), new TimeOnly(9, 0)));
    }

    [Theory]
    [InlineData("2026-07-01T21:59:59Z", "2026-07-01")]
    [InlineData("2026-07-01T22:00:00Z", "2026-07-02")] // midnight in the Netherlands, still 1 July in UTC
    [InlineData("2026-12-01T22:59:59Z", "2026-12-01")]
    [InlineData("2026-12-01T23:00:00Z", "2026-12-02")]
    public void Today_changes_at_Dutch_midnight_not_at_UTC_midnight(string utc, string date)
    {
        Assert.Equal(DateOnly.Parse(date), DutchTime.Date(DateTimeOffset.Parse(utc)));
    }

    [Fact]
    public void A_time_skipped_in_March_moves_an_hour_on_and_a_time_repeated_in_October_is_the_first()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:30:00Z"), DutchTime.At(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:30:00Z"), DutchTime.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)));
    }

    [Fact]
    public void Without_tzdata_the_EU_rule_gives_the_same_offsets_as_the_system_zone()
    {
        var rule = DutchTime.EuropeanRule();
        for (var at = new DateTimeOffset(2024, 1, 1, 0, 30, 0, TimeSpan.Zero); at.Year < 2031; at = at.AddHours(1))
        {
            Assert.Equal(DutchTime.Local(at).Offset, TimeZoneInfo.ConvertTime(at, rule).Offset);
        }
    }

    [Fact]
    public void Only_the_Dutch_clock_looks_up_a_time_zone()
    {
        var lookups = Directory.EnumerateFiles(RepositoryRoot.Combine("Kvu.Bot"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/") && !path.Contains("/bin/"))
            .Where(path => File.ReadAllText(path) is var code && (code.Contains("FindSystemTimeZoneById") || code.Contains("\"Europe/Amsterdam\"")))
            .Select(path => Path.GetRelativePath(RepositoryRoot.Combine("Kvu.Bot"), path))
            .ToList();

        Assert.Equal(["Common/DutchTime.cs"], lookups);
    }
}
