namespace Kvu.Bot.Approvals;

/// <summary>Moments are stored in UTC; the werkgroep is in the Netherlands, so the audit trail shows Dutch clock time (CET/CEST).</summary>
public static class DutchTime
{
    private static readonly TimeZoneInfo? Amsterdam = Find();

    public static DateTimeOffset Of(DateTimeOffset at) =>
        Amsterdam is null ? at.ToOffset(TimeSpan.FromHours(1)) : TimeZoneInfo.ConvertTime(at, Amsterdam);

    private static TimeZoneInfo? Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
    }
}
