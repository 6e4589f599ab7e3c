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

    /// <summary>"samenwerking": the samenwerkingsstructuur; "samenwerking overleg elke 6 weken", "samenwerking besluit X: wie".</summary>
    Cooperation,
    Meets,
    Every,
    Weeks,
    Decides,

    /// <summary>"evaluatieplan": when the tussenmetingen and the nameting are; "evaluatieplan nameting 01-06-2029".</summary>
    EvaluationPlan,
    Tussenmeting,
    Nameting,
    Remove,

    /// <summary>"plan": the plan card (knelpunten → goals → measures, the samenwerkingsstructuur, the evaluation plan, what is missing).</summary>
    Plan,

    /// <summary>"voorleggen plan": the plan put to the werkgroep as a group decision.</summary>
    ProposePlan,

    /// <summary>"convenant": who signs for each party and how far it is; "convenant politie akkoord".</summary>
    Convenant,

    /// <summary>"herinner convenant": the signatories of the parties that have not signed are reminded 1:1 now.</summary>
    ConvenantRemind,
}
