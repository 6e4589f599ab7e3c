namespace Kvu.Bot.Evaluation;

/// <summary>The verbs of the Evaluatie cards' buttons; the router sends each family to the feature that owns it.</summary>
public static class EvaluationVerbs
{
    /// <summary>The meting form's buttons (Action.Execute: the form is answered in place).</summary>
    public const string MetingPrefix = "evaluation.meting.";
    public const string MetingNew = "evaluation.meting.new";
    public const string MetingSave = "evaluation.meting.save";
    public const string MetingHelp = "evaluation.meting.help";
    public const string MetingCancel = "evaluation.meting.cancel";

    /// <summary>"metingen" as a button: the goals against the metingen, as a new message.</summary>
    public const string Results = "evaluation.results";

    public const string ProjectField = "projectId";
}
