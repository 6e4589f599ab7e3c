namespace Kvu.Bot.Meetings;

// The werkgroep meets in Europe/Amsterdam. Graph calls this zone "W. Europe Standard Time" (Windows id);
// .NET on Linux resolves both ids through ICU/tzdata.
public static class AmsterdamTime
{
    public const string GraphZoneName = "W. Europe Standard Time";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    // Wall-clock time on a date in Amsterdam → the instant, with that day's offset (DST-aware).
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset ToAmsterdam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToAmsterdam(clock.GetUtcNow()).DateTime);
}
