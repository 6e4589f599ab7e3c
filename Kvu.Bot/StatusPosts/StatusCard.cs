using System.Text;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The weekly status card: title with gemeente and area, week and KVU phase, then every section in order, and
/// buttons back into the bot. A Teams message, card included, must stay under 28 KB: the sections cap their
/// lines, and <see cref="Build"/> drops trailing sections rather than send a card Teams would refuse.
/// </summary>
public static class StatusCard
{
    public const int MaxBytes = 28 * 1024;

    /// <summary>Room kept for the activity around the card (type, ids, serviceUrl, attachment envelope).</summary>
    private const int EnvelopeBytes = 2 * 1024;

    public static JsonObject Build(StatusContext context, IEnumerable<IStatusSection> sections)
    {
        var culture = context.Culture;
        var project = context.Project;
        var header = new JsonArray
        {
            Title(StatusText.Format(StatusText.Title, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(StatusText.Format(StatusText.Subtitle, culture, WeeklyClock.WeekKey(context.Now)[^2..].TrimStart('0'),
                FormationText.Name(project.Phase, culture)), subtle: true, spacing: "None"),
        };
        var actions = new JsonArray
        {
            Submit(StatusText.Get(StatusText.ButtonOverview, culture), Data(StatusCommands.Overview)),
            Submit(StatusText.Get(StatusText.ButtonFactors, culture), Data(StatusCommands.Factors)),
            Submit(StatusText.Get(StatusText.ButtonTasks, culture), Data(StatusCommands.Tasks)),
            Submit(StatusText.Get(StatusText.ButtonSchedule, culture), Data(StatusCommands.Schedule)),
        };

        var parts = sections.OrderBy(s => s.Order).Select(s => s.Build(context)).Where(p => p.Count > 0).ToList();
        while (true)
        {
            var body = header.DeepClone().AsArray();
            foreach (var part in parts)
            {
                body.Add(Container(new JsonArray([.. part.Select(e => e.DeepClone())]), spacing: "Medium"));
            }

            var card = Card(body, actions.DeepClone().AsArray());
            if (parts.Count == 0 || Encoding.UTF8.GetByteCount(card.ToJsonString()) + EnvelopeBytes < MaxBytes)
            {
                return card;
            }

            parts.RemoveAt(parts.Count - 1);
        }
    }
}
