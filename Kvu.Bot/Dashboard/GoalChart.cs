using System.Xml.Linq;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Dashboard;

/// <summary>
/// A goal's chart as SVG the server renders (issue 18 allows it beside a charting library): the indicator from the
/// nulmeting through every meting of this round, the target as a dashed line, time along the bottom up to the goal's
/// date. Built with XElement, so every text is escaped; the page inserts it as it is. The chart is an image with its
/// figures as its accessible name (screen readers read the same sentence as the results card), each point with a title.
/// </summary>
public static class GoalChart
{
    private const double Width = 400;
    private const double Height = 170;
    private const double Left = 44;
    private const double Right = 16;
    private const double Top = 14;
    private const double Bottom = 30;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <returns>The SVG, or null for a goal that cannot be drawn (not SMART: no indicator, target or date).</returns>
    public static string? Render(GoalProgress progress, IReadOnlyList<Meting> metingen, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(metingen);
        if (progress.Indicator is not { } indicator || progress.Goal.Target is not { } target || progress.Goal.By is not { } by
            || ResultsCard.FiguresText(progress, culture) is not { } figures)
        {
            return null;
        }

        var points = new List<(DateOnly On, decimal Value, string Kind)> { (indicator.BaselineOn, indicator.Baseline, DashboardText.Format(DashboardText.ChartBaseline, culture)) };
        points.AddRange(metingen.Select(m => (m.On, m.Value, EvaluationText.Name(m.Kind, culture))));

        var from = indicator.BaselineOn;
        var to = new[] { by, points[^1].On }.Max();
        var days = Math.Max(1, to.DayNumber - from.DayNumber);
        var values = points.Select(p => p.Value).Append(target).ToList();
        var (low, high) = Range(values.Min(), values.Max());
        double X(DateOnly on) => Left + ((on.DayNumber - from.DayNumber) / (double)days * (Width - Left - Right));
        double Y(decimal value) => Top + ((double)((high - value) / (high - low)) * (Height - Top - Bottom));

        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", FormattableString.Invariant($"0 0 {Width} {Height}")),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", figures),
            new XAttribute("class", "goal-chart"),
            new XElement(Svg + "title", figures),
            Line(Left, Top, Left, Height - Bottom, "axis"),
            Line(Left, Height - Bottom, Width - Right, Height - Bottom, "axis"),
            Label(Left - 6, Y(high) + 4, EvaluationText.Number(high, culture), "end"),
            Label(Left - 6, Y(low) + 4, EvaluationText.Number(low, culture), "end"),
            Label(Left, Height - 8, EvaluationText.Date(from, culture), "start"),
            Label(Width - Right, Height - 8, EvaluationText.Date(to, culture), "end"),
            Line(Left, Y(target), Width - Right, Y(target), "target"),
            Label(Width - Right, Y(target) - 5, DashboardText.Format(DashboardText.ChartTarget, culture, EvaluationText.Number(target, culture)), "end"),
            new XElement(Svg + "polyline",
                new XAttribute("class", "series"),
                new XAttribute("points", string.Join(' ', points.Select(p => FormattableString.Invariant($"{X(p.On):0.#},{Y(p.Value):0.#}"))))),
            points.Select(p => new XElement(Svg + "circle",
                new XAttribute("class", "point"),
                new XAttribute("cx", Invariant(X(p.On))),
                new XAttribute("cy", Invariant(Y(p.Value))),
                new XAttribute("r", "4"),
                new XElement(Svg + "title", DashboardText.Format(DashboardText.ChartPoint, culture, p.Kind, EvaluationText.Number(p.Value, culture), EvaluationText.Date(p.On, culture))))));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The values' range with some room above and below, widened to round numbers (4,5 and 3 give 2,5 to 5), never
    /// empty, and not below zero for values that cannot be.
    /// </summary>
    private static (decimal Low, decimal High) Range(decimal min, decimal max)
    {
        var span = max - min;
        var step = span == 0 ? Math.Max(1, Math.Abs(max)) : (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)span)));
        var half = step / 2;
        var low = Math.Floor((min - (span / 10)) / half) * half;
        var high = Math.Ceiling((max + (span / 10)) / half) * half;
        if (high == low)
        {
            high += half;
            low -= half;
        }

        return (min >= 0 && low < 0 ? 0 : low, high);
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string kind) =>
        new(Svg + "line",
            new XAttribute("class", kind),
            new XAttribute("x1", Invariant(x1)), new XAttribute("y1", Invariant(y1)),
            new XAttribute("x2", Invariant(x2)), new XAttribute("y2", Invariant(y2)));

    private static XElement Label(double x, double y, string text, string anchor) =>
        new(Svg + "text",
            new XAttribute("x", Invariant(x)), new XAttribute("y", Invariant(y)),
            new XAttribute("text-anchor", anchor),
            text);

    private static string Invariant(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
