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

    /// <summary>The cooperation survey in a member's own chat (Action.Execute, refreshed for her alone).</summary>
    public const string SurveyPrefix = "evaluation.survey.";
    public const string SurveyAnswer = "evaluation.survey.answer";
    public const string SurveyShow = "evaluation.survey.show";
    public const string SurveyEdit = "evaluation.survey.edit";

    /// <summary>The projectleider's buttons on the evaluation of the cooperation (Action.Submit, answered as a message).</summary>
    public const string CooperationStart = "evaluation.coop.start";
    public const string CooperationClose = "evaluation.coop.close";
    public const string Cooperation = "evaluation.coop.show";

    /// <summary>A measure's progress card (Action.Execute, answered in place).</summary>
    public const string ProgressPrefix = "evaluation.progress.";
    public const string ProgressSave = "evaluation.progress.save";
    public const string ProgressShow = "evaluation.progress.show";

    public const string ProjectField = Cycle.CycleProjects.CardField;
    public const string MeasureField = "measureId";
}
