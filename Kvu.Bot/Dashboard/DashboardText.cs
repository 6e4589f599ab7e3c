namespace Kvu.Bot.Dashboard;

/// <summary>
/// The few words the server writes into the dashboard (the goals' charts), from Dashboard.resx (Dutch) and
/// Dashboard.en.resx. The page's own texts live in wwwroot/dashboard/i18n.js.
/// </summary>
public static class DashboardText
{
    public const string ChartBaseline = "Chart_Baseline";

    public const string ChartTarget = "Chart_Target";

    public const string ChartPoint = "Chart_Point";

    private static readonly ResourceManager Resources = new("Kvu.Bot.Dashboard.Dashboard", typeof(DashboardText).Assembly);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Resources.Format(key, culture, culture, args);
}
