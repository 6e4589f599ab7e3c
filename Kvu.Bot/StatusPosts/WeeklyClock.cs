namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Turns "Monday 09:00" into instants. The schedule is Dutch wall-clock time (<see cref="DutchTime"/>), so its UTC
/// instant moves by an hour at the DST changes: 09:00 is 08:00 UTC in winter and 07:00 UTC in summer.
/// </summary>
public static class WeeklyClock
{
    /// <summary>The latest moment at or before <paramref name="now"/> at which the schedule was due.</summary>
    public static DateTimeOffset LatestDue(StatusSchedule schedule, DateTimeOffset now)
    {
        var local = DutchTime.Local(now);
        var daysBack = ((int)local.DayOfWeek - (int)schedule.Day + 7) % 7;
        var date = DateOnly.FromDateTime(local.Date).AddDays(-daysBack);
        var due = ToInstant(date, schedule.Time);
        return due <= now ? due : ToInstant(date.AddDays(-7), schedule.Time);
    }

    /// <summary>The first moment after <paramref name="now"/> at which the schedule is due.</summary>
    public static DateTimeOffset NextDue(StatusSchedule schedule, DateTimeOffset now)
    {
        var latest = LatestDue(schedule, now);
        var date = DutchTime.Date(latest).AddDays(7);
        return ToInstant(date, schedule.Time);
    }

    /// <summary>The ISO week (Dutch calendar) a due moment belongs to, e.g. "2026-W10": one claim per project per week.</summary>
    public static string WeekKey(DateTimeOffset due)
    {
        var local = DutchTime.Local(due).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    /// <summary>In UTC, as the claims store it.</summary>
    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => DutchTime.At(date, time).ToUniversalTime();
}
