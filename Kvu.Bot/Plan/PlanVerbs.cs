namespace Kvu.Bot.Plan;

/// <summary>The verbs of the plan cards' buttons (Action.Submit; the router sends each to its feature).</summary>
public static class PlanVerbs
{
    public const string MeasureNew = "plan.measure.new";
    public const string MeasureSave = "plan.measure.save";
    public const string MeasureCancel = "plan.measure.cancel";
    public const string Measures = "plan.measures";
    public const string Show = "plan.show";
    public const string Propose = "plan.propose";
}
