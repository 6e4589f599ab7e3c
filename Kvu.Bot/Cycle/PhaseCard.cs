using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Cycle;

/// <summary>
/// "fase": where the KVU stands in the CCV stappenplan, the phase's checklist (numbered, so the projectleider can type
/// "punt 4 klaar"; what is done, what is missing, who owns it), an open proposal to move on with who still has to
/// agree, and the phase history: when each phase was entered and left, and by which decision of the werkgroep.
/// </summary>
public static class PhaseCard
{
    /// <summary>History lines on the card; a KVU of many rounds keeps all of them on the project.</summary>
    public const int MaxHistory = 8;

    public static JsonObject Build(KvuProject project, DecisionTally? proposal, bool manages, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var items = PhaseChecklist.Evaluate(project);
        var body = new JsonArray
        {
            Title(CycleText.Format(CycleKeys.PhaseTitle, culture, FormationText.Name(project.Phase, culture))),
            Text(CycleText.Format(CycleKeys.PhaseSubtitle, culture, project.Gemeente, project.Uitgaansgebied, project.Round, CardParts.Date(project.CurrentStay.EnteredAt, culture)), subtle: true, spacing: Spacing.None),
            Text(Route(project.Phase, culture), size: TextSize.Small, spacing: Spacing.Small),
            Heading(CycleText.Format(CycleKeys.ChecklistHeading, culture, items.Count(i => i.Done), items.Count)),
        };
        for (var i = 0; i < items.Count; i++)
        {
            body.Add(ItemRow(i + 1, items[i], culture));
        }

        if (manages && items.Any(i => i.Manual))
        {
            body.Add(Text(CycleText.Get(CycleKeys.ItemManualHint, culture), subtle: true, size: TextSize.Small, spacing: Spacing.Small));
        }

        if (manages && project.Phase is KvuPhase.Uitvoering or KvuPhase.Evaluatie)
        {
            // In these phases the projectleider reports to B&W and the gemeenteraad: the report since the last one, one
            // click away (Documents answers the verb; other documents and another period: the overview's Documenten).
            body.Add(ActionSet([Submit(CycleText.Get(CycleKeys.ButtonProgressReport, culture), CardParts.Data(FormationCommands.ProgressReport))]));
        }

        if (proposal is { Decision.Closed: false } open && DecisionContent.ReadPhaseMove(open.Decision) is { } move)
        {
            body.Add(Heading(CycleText.Format(CycleKeys.ProposalOpen, culture, FormationText.Name(move.To, culture), open.Agreed, open.Voters.Count,
                string.Join(", ", open.Pending.Select(v => v.DisplayName)))));
        }

        body.Add(Heading(CycleText.Get(CycleKeys.HistoryHeading, culture)));
        foreach (var stay in project.History.TakeLast(MaxHistory))
        {
            body.Add(Text(HistoryLine(stay, culture), size: TextSize.Small, spacing: Spacing.None));
        }

        var actions = new JsonArray { Submit(CycleText.Get(CycleKeys.ButtonAnalysis, culture), CardParts.Data(CycleVerbs.Analysis)) };
        if (manages)
        {
            actions.Add(Submit(CycleText.Get(CycleKeys.ButtonNext, culture), CardParts.Data(CycleVerbs.NextPhase), ActionStyle.Positive));
            if (PhaseRoute.Previous(project.Phase, project.Round) is not null)
            {
                actions.Add(Submit(CycleText.Get(CycleKeys.ButtonPrevious, culture), CardParts.Data(CycleVerbs.PreviousPhase)));
            }
        }

        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>One line per item: number and name, then done or missing, with who owns it and by when.</summary>
    private static JsonObject ItemRow(int number, PhaseCheckItem item, CultureInfo culture)
    {
        var state = CycleText.Get(item.Done ? CycleKeys.ItemDone : CycleKeys.ItemOpen, culture);
        var details = new List<string> { state };
        if (item.Owner is not null)
        {
            details.Add(CycleText.Format(CycleKeys.ItemOwner, culture, item.Owner));
        }

        if (item.Due is { } due && !item.Done)
        {
            details.Add(CycleText.Format(CycleKeys.ItemDue, culture, CardParts.Date(due, culture)));
        }

        return Container(new JsonArray
        {
            Text($"{number}. {FormationText.CheckName(item.Check, item.Subject, culture)}", spacing: Spacing.None),
            Text(string.Join(" · ", details), size: TextSize.Small, color: item.Done ? TextColor.Good : TextColor.Warning, spacing: Spacing.None),
        }, spacing: Spacing.Small);
    }

    private static string Route(KvuPhase current, CultureInfo culture) =>
        string.Join(" → ", Enum.GetValues<KvuPhase>().Select(p => p == current ? $"**{FormationText.Name(p, culture)}**" : FormationText.Name(p, culture)));

    public static string HistoryLine(PhaseStay stay, CultureInfo culture)
    {
        var left = stay.LeftAt is { } end ? CardParts.Date(end, culture) : CycleText.Get(CycleKeys.HistoryCurrent, culture);
        var line = CycleText.Format(CycleKeys.HistoryLine, culture, FormationText.Name(stay.Phase, culture), stay.Round, CardParts.Date(stay.EnteredAt, culture), left);
        if (stay.Decision is not null)
        {
            line += " · " + CycleText.Format(CycleKeys.HistoryByDecision, culture, stay.Decision);
        }

        return stay.Back ? line + " · " + CycleText.Get(CycleKeys.HistoryBack, culture) : line;
    }
}
