using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Plan;

/// <summary>The samenwerkingsstructuur and the evaluation plan as lines the werkgroep reads: in the chat and on the plan card alike.</summary>
public static class PlanLines
{
    public static IReadOnlyList<string> Cooperation(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var samenwerking = project.Samenwerking;
        var lines = new List<string>
        {
            samenwerking.MeetsEveryWeeks is { } weeks ? PlanText.Format(PlanKeys.CooperationRhythm, culture, weeks) : PlanText.Get(PlanKeys.CooperationNoRhythm, culture),
        };
        if (samenwerking.Agreements.Count == 0)
        {
            lines.Add(PlanText.Get(PlanKeys.CooperationNoAgreements, culture));
        }
        else
        {
            lines.Add(PlanText.Get(PlanKeys.CooperationAgreementsHeading, culture));
            lines.AddRange(samenwerking.Agreements.Select(a => "- " + PlanText.Format(PlanKeys.CooperationAgreementLine, culture, a.Subject, a.Decider)));
        }

        return lines;
    }

    public static IReadOnlyList<string> Evaluation(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var lines = new List<string>();
        if (project.EvaluationPlan.Count == 0)
        {
            lines.Add(PlanText.Get(PlanKeys.EvaluationNone, culture));
        }

        lines.AddRange(project.EvaluationPlan.Select(m => "- " + PlanText.Format(PlanKeys.EvaluationLine, culture, Name(m.Kind, culture), CardParts.Date(m.On, culture))));
        if (project.EvaluationPlan.Count > 0 && project.Nameting is null)
        {
            lines.Add(PlanText.Get(PlanKeys.EvaluationMissingNameting, culture));
        }

        if (project.EvaluationPlan.Count > 0 && project.EvaluationPlan.All(m => m.Kind != EvaluationMomentKind.Tussenmeting))
        {
            lines.Add(PlanText.Get(PlanKeys.EvaluationMissingTussenmeting, culture));
        }

        if (project.Analysis.Indicators.Count > 0)
        {
            lines.Add(PlanText.Format(PlanKeys.EvaluationIndicators, culture, string.Join(", ", project.Analysis.Indicators.Select(i => i.Name))));
        }

        return lines;
    }

    public static string Name(EvaluationMomentKind kind, CultureInfo culture) => FormationText.Name(kind, culture);
}
