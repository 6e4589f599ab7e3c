using Kvu.Bot.Formation;
using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The progress report card: a title with gemeente and area (the weekly post adds week and KVU phase, and buttons
/// back into the bot), then every section of the report's kind in order. A Teams message, card included, must stay
/// under 28 KB: the sections cap their lines, and <see cref="Build"/> drops trailing sections rather than send a
/// card Teams would refuse.
/// </summary>
public static class ReportCard
{
    public const int MaxBytes = 28 * 1024;

    /// <summary>Room kept for the activity around the card (type, ids, serviceUrl, attachment envelope).</summary>
    private const int EnvelopeBytes = 2 * 1024;

    public static JsonObject Build(ReportContext context, IEnumerable<IReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = sections.Where(s => s.ShowsIn(context.Kind)).OrderBy(s => s.Order).Select(s => s.Build(context)).Where(p => p.Count > 0).ToList();
        var header = Header(context);
        var actions = Actions(context);
        while (true)
        {
            var body = header.DeepClone().AsArray();
            foreach (var element in parts.SelectMany(part => part))
            {
                body.Add(element.DeepClone());
            }

            var card = AdaptiveCard.Create(body, actions.DeepClone().AsArray());
            if (parts.Count == 0 || Encoding.UTF8.GetByteCount(card.ToJsonString()) + EnvelopeBytes < MaxBytes)
            {
                return card;
            }

            parts.RemoveAt(parts.Count - 1);
        }
    }

    private static JsonArray Header(ReportContext context)
    {
        var culture = context.Culture;
        var project = context.Project;
        if (context.Kind != ReportKind.Weekly)
        {
            return [Title(StatusText.Format(StatusText.SummaryTitle, culture, project.Gemeente, project.Uitgaansgebied))];
        }

        return
        [
            Title(StatusText.Format(StatusText.Title, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(StatusText.Format(StatusText.Subtitle, culture, WeeklyClock.WeekKey(context.Now)[^2..].TrimStart('0'),
                FormationText.Name(project.Phase, culture)), subtle: true, spacing: Spacing.None),
        ];
    }

    /// <summary>The weekly post leads back into the bot. A summary has no buttons: it may be posted as the
    /// projectleider through Graph, and no bot receives the clicks on a message a person posted.</summary>
    private static JsonArray Actions(ReportContext context)
    {
        var culture = context.Culture;
        return context.Kind != ReportKind.Weekly
            ? []
            :
            [
                Submit(StatusText.Get(StatusText.ButtonOverview, culture), Data(StatusCommands.Overview)),
                Submit(StatusText.Get(StatusText.ButtonFactors, culture), Data(StatusCommands.Factors)),
                Submit(StatusText.Get(StatusText.ButtonTasks, culture), Data(StatusCommands.Tasks)),
                Submit(StatusText.Get(StatusText.ButtonSchedule, culture), Data(StatusCommands.Schedule)),
            ];
    }
}
