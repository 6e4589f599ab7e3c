using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Tests.StatusPosts;

public sealed class WeeklyClockTests
{
    private static readonly StatusSchedule MondayNine = StatusSchedule.Default;

    [Fact]
    public void Monday_nine_is_eight_UTC_in_winter_and_seven_UTC_in_summer()
    {
        var winter = WeeklyClock.LatestDue(MondayNine, Utc(2026, 1, 14, 12));
        var summer = WeeklyClock.LatestDue(MondayNine, Utc(2026, 7, 15, 12));

        Assert.Equal(Utc(2026, 1, 12, 8), winter);
        Assert.Equal(Utc(2026, 7, 13, 7), summer);
    }

    [Fact]
    public void Across_the_spring_change_the_post_stays_at_nine_Dutch_time()
    {
        // DST starts Sunday 29 March 2026: Monday 23 March 09:00 is 08:00 UTC, Monday 30 March 09:00 is 07:00 UTC.
        Assert.Equal(Utc(2026, 3, 23, 8), WeeklyClock.LatestDue(MondayNine, Utc(2026, 3, 30, 6, 59)));
        Assert.Equal(Utc(2026, 3, 30, 7), WeeklyClock.LatestDue(MondayNine, Utc(2026, 3, 30, 7)));
        Assert.Equal(Utc(2026, 3, 30, 7), WeeklyClock.NextDue(MondayNine, Utc(2026, 3, 25, 12)));
    }

    [Fact]
    public void A_time_that_does_not_exist_moves_an_hour_on_and_a_doubled_one_is_taken_once()
    {
        var sundayHalfThree = new StatusSchedule(DayOfWeek.Sunday, new TimeOnly(2, 30), Paused: false);

        // 29 March 2026 02:30 does not exist in Amsterdam: 03:30 CEST = 01:30 UTC.
        Assert.Equal(Utc(2026, 3, 29, 1, 30), WeeklyClock.LatestDue(sundayHalfThree, Utc(2026, 3, 29, 12)));

        // 25 October 2026 02:30 happens twice: the first (CEST, 00:30 UTC).
        Assert.Equal(Utc(2026, 10, 25, 0, 30), WeeklyClock.LatestDue(sundayHalfThree, Utc(2026, 10, 25, 12)));
    }

    [Fact]
    public void The_week_is_the_Dutch_ISO_week_of_the_due_moment()
    {
        Assert.Equal("2026-W10", WeeklyClock.WeekKey(Utc(2026, 3, 2, 8)));

        // Sunday 1 March 23:30 Amsterdam (22:30 UTC) is still week 9.
        Assert.Equal("2026-W09", WeeklyClock.WeekKey(Utc(2026, 3, 1, 22, 30)));

        // Monday 00:30 Amsterdam is Sunday 23:30 UTC, and belongs to the new week.
        Assert.Equal("2026-W10", WeeklyClock.WeekKey(Utc(2026, 3, 1, 23, 30)));
    }

    [Fact]
    public void A_minute_of_scanning_reads_the_current_and_previous_hour_and_a_week_reads_every_slot()
    {
        var now = Utc(2026, 3, 2, 8, 0, 30); // Monday 09:00:30 Amsterdam
        var slots = StatusPostRunner.Slots(now.AddMinutes(-1), now);

        Assert.Contains(StatusScheduleStore.SlotPartition(DayOfWeek.Monday, 9), slots);
        Assert.True(slots.Count <= 3, string.Join(", ", slots));
        Assert.Equal(168, StatusPostRunner.Slots(now.AddDays(-20), now).Count);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
