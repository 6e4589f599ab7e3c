namespace Kvu.Bot.Plan;

/// <summary>The commands of the plan van aanpak as people type them (Plan.resx, <c>Words_…</c>).</summary>
public enum PlanWord
{
    /// <summary>"maatregel": the card for a new measure; followed by its parts, the measure typed; by "mr3", that measure to change.</summary>
    Measure,

    /// <summary>"maatregelen": the measures per goal and knelpunt.</summary>
    Measures,

    /// <summary>After "maatregel": how to enter one.</summary>
    Help,
}
