namespace Kvu.Bot.Cycle;

/// <summary>The verbs of the cycle cards' buttons (Action.Submit; the router sends the family to its feature).</summary>
public static class CycleVerbs
{
    public const string Phase = "cycle.phase";
    public const string NextPhase = "cycle.next";
    public const string PreviousPhase = "cycle.previous";
    public const string Analysis = "cycle.analysis";
}
