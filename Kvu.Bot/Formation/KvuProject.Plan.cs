using System.Text.Json.Serialization;

namespace Kvu.Bot.Formation;

/// <summary>
/// The parts of the plan van aanpak that are small enough to live on the project: the samenwerkingsstructuur and the
/// evaluation plan (the goals are in KvuProject.Cycle.cs; the measures are rows of their own, Plan's MeasureStore).
/// </summary>
public sealed partial class KvuProject
{
    /// <summary>At least every half year: a werkgroep that meets less often is not steering a plan.</summary>
    public const int MaxWeeksBetweenMeetings = 26;

    /// <summary>Tussenmetingen in one evaluation plan: a plan of four years measured every quarter.</summary>
    public const int MaxTussenmetingen = 16;

    [JsonInclude] public Samenwerkingsstructuur Samenwerking { get; private set; } = Samenwerkingsstructuur.Empty;

    /// <summary>The tussenmetingen and the nameting, in date order.</summary>
    [JsonInclude] public IReadOnlyList<EvaluationMoment> EvaluationPlan { get; private set; } = [];

    /// <summary>The latest version of the plan the werkgroep adopted; null until it did.</summary>
    [JsonInclude] public PlanApproval? PlanApproved { get; private set; }

    [JsonIgnore] public EvaluationMoment? Nameting => EvaluationPlan.FirstOrDefault(m => m.Kind == EvaluationMomentKind.Nameting);

    public void SetMeetingRhythm(int weeks, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (weeks is < 1 or > MaxWeeksBetweenMeetings)
        {
            throw new FormationRuleException(FormationRuleCode.RhythmOutOfRange, MaxWeeksBetweenMeetings.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Samenwerking = Samenwerking with { MeetsEveryWeeks = weeks };
        Record(DecisionKind.SamenwerkingSet, "rhythm", weeks.ToString(System.Globalization.CultureInfo.InvariantCulture), by, at);
    }

    /// <summary>Who decides on <paramref name="subject"/>; replaces an agreement on the same subject; no decider removes it.</summary>
    public void SetDecisionAgreement(string subject, string? decider, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var what = RequireText(subject, InputLimits.Name);
        var others = Samenwerking.Agreements.Where(a => !SameName(a.Subject, what)).ToList();
        if (string.IsNullOrWhiteSpace(decider))
        {
            Samenwerking = Samenwerking with { Agreements = others };
            Record(DecisionKind.SamenwerkingSet, what, null, by, at);
            return;
        }

        var who = RequireText(decider, InputLimits.Name);
        var existing = Samenwerking.Agreements.ToList().FindIndex(a => SameName(a.Subject, what));
        if (existing < 0)
        {
            RequireRoom(others.Count);
        }

        var agreement = new DecisionAgreement(what, who);
        Samenwerking = Samenwerking with
        {
            Agreements = existing < 0 ? [.. others, agreement] : [.. Samenwerking.Agreements.Select((a, i) => i == existing ? agreement : a)],
        };
        Record(DecisionKind.SamenwerkingSet, what, who, by, at);
    }

    /// <summary>
    /// Plans a tussenmeting (added; the same date twice is one) or the nameting (there is one: a new date replaces it).
    /// Every tussenmeting lies before the nameting.
    /// </summary>
    public void PlanEvaluation(EvaluationMomentKind kind, DateOnly on, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(kind);
        var plan = EvaluationPlan.Where(m => m.On != on && !(kind == EvaluationMomentKind.Nameting && m.Kind == EvaluationMomentKind.Nameting)).ToList();
        var nameting = kind == EvaluationMomentKind.Nameting ? on : plan.FirstOrDefault(m => m.Kind == EvaluationMomentKind.Nameting)?.On;
        var tussenmetingen = plan.Where(m => m.Kind == EvaluationMomentKind.Tussenmeting).Select(m => m.On).Append(kind == EvaluationMomentKind.Tussenmeting ? on : DateOnly.MinValue);
        if (nameting is { } end && tussenmetingen.Any(d => d >= end))
        {
            throw new FormationRuleException(FormationRuleCode.TussenmetingAfterNameting, on.ToString("O"));
        }

        if (kind == EvaluationMomentKind.Tussenmeting && plan.Count(m => m.Kind == EvaluationMomentKind.Tussenmeting) >= MaxTussenmetingen)
        {
            throw new FormationRuleException(FormationRuleCode.ListFull, MaxTussenmetingen.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        EvaluationPlan = [.. plan.Append(new EvaluationMoment(kind, on)).OrderBy(m => m.On)];
        Record(DecisionKind.EvaluationPlanned, kind.ToString(), on.ToString("O"), by, at);
    }

    /// <summary>The werkgroep agreed to version <paramref name="version"/> of the plan; the same decision twice changes nothing.</summary>
    /// <returns>False when this version was recorded already.</returns>
    public bool ApprovePlan(string decision, int version, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision);
        if (PlanApproved is { } approved && approved.Version >= version)
        {
            return false;
        }

        PlanApproved = new PlanApproval(decision, version, at);
        Record(DecisionKind.PlanApproved, decision, version.ToString(System.Globalization.CultureInfo.InvariantCulture), by, at);
        return true;
    }

    /// <returns>False when nothing was planned on that date.</returns>
    public bool RemoveEvaluation(DateOnly on, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (EvaluationPlan.All(m => m.On != on))
        {
            return false;
        }

        EvaluationPlan = [.. EvaluationPlan.Where(m => m.On != on)];
        Record(DecisionKind.EvaluationPlanned, "removed", on.ToString("O"), by, at);
        return true;
    }
}
