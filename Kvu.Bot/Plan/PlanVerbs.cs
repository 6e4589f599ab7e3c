namespace Kvu.Bot.Plan;

/// <summary>The verbs of the plan cards' buttons (Action.Submit, the convenant's Action.Execute; the router sends each to its feature).</summary>
public static class PlanVerbs
{
    public const string MeasureNew = "plan.measure.new";
    public const string MeasureSave = "plan.measure.save";
    public const string MeasureCancel = "plan.measure.cancel";
    public const string Measures = "plan.measures";
    public const string Show = "plan.show";
    public const string Propose = "plan.propose";

    /// <summary>Action.Execute on the convenant card: remind the signatories who have not signed.</summary>
    public const string ConvenantRemind = "plan.convenant.remind";

    /// <summary>Action.Execute on a signatory's card: her party agreed in principle or signed (<see cref="ConvenantStateField"/>).</summary>
    public const string ConvenantSign = "plan.convenant.sign";

    public const string ProjectField = Cycle.CycleProjects.CardField;
    public const string PartyField = "party";
    public const string ConvenantStateField = "state";
    public const string SignedOnField = "signedOn";
}
