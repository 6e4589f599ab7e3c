namespace Kvu.Bot.Formation.Flow;

/// <summary>Dates users mean are Dutch dates: "today" is today in Europe/Amsterdam, not in UTC.</summary>
public static class Amsterdam
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
}
