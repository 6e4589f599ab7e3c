using System.Globalization;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Turns "Monday 09:00" into instants. The schedule is Dutch wall-clock time, so its UTC instant moves by an
/// hour at the DST changes: 09:00 is 08:00 UTC in winter and 07:00 UTC in summer. A time that does not exist
/// (02:30 on the last Sunday of March) moves one hour on; a time that happens twice (02:30 on the last Sunday
/// of October) is the first of the two, so the post goes out once.
/// </summary>
public static class WeeklyClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The latest moment at or before <paramref name="now"/> at which the schedule was due.</summary>
    public static DateTimeOffset LatestDue(StatusSchedule schedule, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var daysBack = ((int)local.DayOfWeek - (int)schedule.Day + 7) % 7;
        var date = DateOnly.FromDateTime(local.Date).AddDays(-daysBack);
        var due = ToInstant(date, schedule.Time);
        return due <= now ? due : ToInstant(date.AddDays(-7), schedule.Time);
    }

    /// <summary>The first moment after <paramref name="now"/> at which the schedule is due.</summary>
    public static DateTimeOffset NextDue(StatusSchedule schedule, DateTimeOffset now)
    {
        var latest = LatestDue(schedule, now);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(latest, Zone).Date).AddDays(7);
        return ToInstant(date, schedule.Time);
    }

    /// <summary>The ISO week (Dutch calendar) a due moment belongs to, e.g. "2026-W10": one claim per project per week.</summary>
    public static string WeekKey(DateTimeOffset due)
    {
        var local = TimeZoneInfo.ConvertTime(due, Zone).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    /// <summary>Wall-clock time in Amsterdam of an instant, as the projectleider reads it.</summary>
    public static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
