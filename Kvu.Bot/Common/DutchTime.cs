namespace Kvu.Bot.Common;

/// <summary>
/// The Dutch clock, the one place that knows the werkgroep's time zone. Moments are stored as instants; what users
/// read and type (dates, "maandag 09:00", meeting times, "vandaag") is wall-clock time in the Netherlands, whose
/// offset is +01:00 in winter and +02:00 in summer.
/// </summary>
public static class DutchTime
{
    /// <summary>Microsoft Graph names the same zone by its Windows id (dateTimeTimeZone and recurrence time zones).</summary>
    public const string GraphZoneName = "W. Europe Standard Time";

    private const string ZoneId = "Europe/Amsterdam";

    private static readonly TimeZoneInfo Zone = Find();

    /// <summary>The instant with the Dutch offset of that moment, so <c>.DateTime</c>, <c>.Hour</c> and <c>.DayOfWeek</c> are Dutch.</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Dutch calendar date of an instant: "today" for <c>now</c>, which changes at Dutch midnight, not UTC's.</summary>
    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>
    /// Dutch wall-clock time on a date → the instant, with that day's offset. A time that does not exist (02:30 on
    /// the last Sunday of March) moves one hour on; a time that happens twice (02:30 on the last Sunday of October)
    /// is the first of the two, so something due then happens once.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// The system's zone (tzdata on Linux, ICU ids on Windows). An image without tzdata gets the same zone from the EU
    /// rule instead of a fixed offset, which would be an hour wrong half the year.
    /// </summary>
    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return EuropeanRule();
        }
    }

    /// <summary>CET/CEST as the EU has set it since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.</summary>
    internal static TimeZoneInfo EuropeanRule()
    {
        var summer = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(1996, 1, 1),
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(1), ZoneId, "CET", "CEST", [summer]);
    }
}
