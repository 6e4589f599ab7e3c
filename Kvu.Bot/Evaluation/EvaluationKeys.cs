namespace Kvu.Bot.Evaluation;

/// <summary>The resource keys of Evaluation.resx that code names (enum texts are <c>{Enum}_{Value}</c>, see <see cref="EvaluationText.Name"/>).</summary>
public static class EvaluationKeys
{
    public const string TrendLine = nameof(TrendLine);
    public const string DirectionUnknown = nameof(DirectionUnknown);
    public const string NoProject = nameof(NoProject);
    public const string NotManager = nameof(NotManager);
    public const string NoIndicators = nameof(NoIndicators);
    public const string MetingTitle = nameof(MetingTitle);
    public const string MetingIntro = nameof(MetingIntro);
    public const string LabelIndicator = nameof(LabelIndicator);
    public const string IndicatorChoice = nameof(IndicatorChoice);
    public const string LabelKind = nameof(LabelKind);
    public const string LabelValue = nameof(LabelValue);
    public const string PlaceholderValue = nameof(PlaceholderValue);
    public const string LabelOn = nameof(LabelOn);
    public const string LabelSource = nameof(LabelSource);
    public const string PlaceholderSource = nameof(PlaceholderSource);
    public const string LabelBetter = nameof(LabelBetter);
    public const string ButtonSave = nameof(ButtonSave);
    public const string ButtonHelp = nameof(ButtonHelp);
    public const string ButtonCancel = nameof(ButtonCancel);
    public const string ButtonAnother = nameof(ButtonAnother);
    public const string ButtonResults = nameof(ButtonResults);
    public const string ButtonEnter = nameof(ButtonEnter);
    public const string ErrorsIntro = nameof(ErrorsIntro);
    public const string ErrorIndicator = nameof(ErrorIndicator);
    public const string ErrorIndicatorUnknown = nameof(ErrorIndicatorUnknown);
    public const string ErrorKind = nameof(ErrorKind);
    public const string ErrorValue = nameof(ErrorValue);
    public const string ErrorOn = nameof(ErrorOn);
    public const string ErrorOnFuture = nameof(ErrorOnFuture);
    public const string ErrorOnBeforeBaseline = nameof(ErrorOnBeforeBaseline);
    public const string ErrorSource = nameof(ErrorSource);
    public const string ErrorSourceTooLong = nameof(ErrorSourceTooLong);
    public const string MetingHelpText = nameof(MetingHelpText);
    public const string Cancelled = nameof(Cancelled);
    public const string Saved = nameof(Saved);
    public const string SavedTitle = nameof(SavedTitle);
    public const string NoGoalOfIndicator = nameof(NoGoalOfIndicator);
    public const string ResultsTitle = nameof(ResultsTitle);
    public const string ResultsRound = nameof(ResultsRound);
    public const string GoalsHeading = nameof(GoalsHeading);
    public const string NoGoals = nameof(NoGoals);
    public const string GoalMeasured = nameof(GoalMeasured);
    public const string GoalUnmeasured = nameof(GoalUnmeasured);
    public const string IndicatorsHeading = nameof(IndicatorsHeading);
    public const string IndicatorLine = nameof(IndicatorLine);
    public const string MetingLine = nameof(MetingLine);
    public const string NoMetingen = nameof(NoMetingen);
    public const string MetingenMore = nameof(MetingenMore);
}
