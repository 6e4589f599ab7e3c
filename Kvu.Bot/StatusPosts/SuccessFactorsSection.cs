using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.StatusPosts;

/// <summary>The success factors of the werkgroep that apply as a count, with the short names of those still open.</summary>
public sealed class SuccessFactorsSection() : ReportSection(400, ReportKinds.All)
{
    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var factors = SuccessFactorTally.Of(context.Project);
        var items = new List<JsonObject> { Heading(StatusText.Format(StatusText.FactorsHeading, culture, factors.Met, factors.Count)) };
        var open = factors.Open.Select(f => CardText.FactorShort(f.Factor, culture)).ToList();
        if (open.Count > 0)
        {
            items.Add(Text(StatusText.Format(StatusText.FactorsStillOpen, culture, string.Join(", ", open)), subtle: true, spacing: Spacing.Small));
        }

        return items;
    }
}
