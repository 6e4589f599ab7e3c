namespace Kvu.Bot.Documents;

/// <summary>The period a voortgangsrapportage covers, both days included (Dutch dates).</summary>
public sealed record DocumentPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateTimeOffset at)
    {
        var day = DutchTime.Date(at);
        return day >= From && day <= To;
    }

    /// <summary>The last full quarter before <paramref name="today"/>: what B&amp;W usually get each quarter.</summary>
    public static DocumentPeriod LastQuarter(DateOnly today)
    {
        var thisQuarter = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        return new DocumentPeriod(thisQuarter.AddMonths(-3), thisQuarter.AddDays(-1));
    }
}
