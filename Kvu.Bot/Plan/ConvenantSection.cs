using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Plan;

/// <summary>
/// In every progress report from the Convenant phase on (or once anything of it is entered): how many parties signed,
/// who agreed in principe or has not signed yet, and when the signatories who have not signed were last reminded, so the
/// werkgroep sees whom to chase.
/// Placed right after the phase (80): in the Convenant phase the signing is what the phase is about.
/// </summary>
public sealed class ConvenantSection() : ReportSection(85, ReportKinds.All)
{
    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var project = context.Project;
        if (project.Phase < KvuPhase.Convenant && project.ConvenantEntries.Count == 0)
        {
            return [];
        }

        var parties = project.ConvenantParties;
        var items = new List<JsonObject>
        {
            Heading(PlanText.Format(PlanKeys.ConvenantSectionHeading, culture, parties.Count(p => p.State == SigningState.Getekend), parties.Count)),
        };
        var agreed = parties.Where(p => p.State == SigningState.AkkoordInPrincipe).Select(p => p.Party).ToList();
        if (agreed.Count > 0)
        {
            items.Add(Text(PlanText.Format(PlanKeys.ConvenantSectionAgreed, culture, string.Join(", ", agreed)), spacing: Spacing.Small));
        }

        var concept = parties.Where(p => p.State == SigningState.Concept).Select(p => p.Party).ToList();
        if (concept.Count > 0)
        {
            items.Add(Text(PlanText.Format(PlanKeys.ConvenantSectionConcept, culture, string.Join(", ", concept)), color: TextColor.Warning, spacing: Spacing.Small));
        }

        var reminded = parties.Where(p => p.State != SigningState.Getekend && p.RemindedOn is not null)
            .Select(p => $"{p.Party} ({CardParts.Date(p.RemindedOn!.Value, culture)})").ToList();
        if (reminded.Count > 0)
        {
            items.Add(Text(PlanText.Format(PlanKeys.ConvenantSectionReminded, culture, string.Join(", ", reminded)), subtle: true, spacing: Spacing.Small));
        }

        return items;
    }
}
