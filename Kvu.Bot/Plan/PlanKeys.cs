namespace Kvu.Bot.Plan;

/// <summary>The resource keys of Plan.resx that code names (labels, placeholders and words are keyed by their enum value).</summary>
public static class PlanKeys
{
    public const string CardTitleNew = nameof(CardTitleNew);
    public const string CardTitleChange = nameof(CardTitleChange);
    public const string CardSubtitle = nameof(CardSubtitle);
    public const string CardNotSaved = nameof(CardNotSaved);
    public const string ButtonSave = nameof(ButtonSave);
    public const string ButtonCancel = nameof(ButtonCancel);
    public const string ChoiceGoal = nameof(ChoiceGoal);
    public const string ChoiceKnelpunt = nameof(ChoiceKnelpunt);
    public const string ErrorTitle = nameof(ErrorTitle);
    public const string ErrorFor = nameof(ErrorFor);
    public const string ErrorForNone = nameof(ErrorForNone);
    public const string ErrorForUnknown = nameof(ErrorForUnknown);
    public const string ErrorParty = nameof(ErrorParty);
    public const string ErrorOwner = nameof(ErrorOwner);
    public const string ErrorStart = nameof(ErrorStart);
    public const string ErrorEnd = nameof(ErrorEnd);
    public const string ErrorBeslismoment = nameof(ErrorBeslismoment);
    public const string ErrorDecider = nameof(ErrorDecider);
    public const string ErrorDate = nameof(ErrorDate);
    public const string ErrorEndBeforeStart = nameof(ErrorEndBeforeStart);
    public const string ErrorBeslismomentAfterEnd = nameof(ErrorBeslismomentAfterEnd);
    public const string ErrorBudget = nameof(ErrorBudget);
    public const string NotSavedYet = nameof(NotSavedYet);
    public const string TypedNotUnderstood = nameof(TypedNotUnderstood);
    public const string MeasureSaved = nameof(MeasureSaved);
    public const string MeasureChanged = nameof(MeasureChanged);
    public const string MeasureDetails = nameof(MeasureDetails);
    public const string MeasureBudget = nameof(MeasureBudget);
    public const string MeasureUnknown = nameof(MeasureUnknown);
    public const string SaveConflict = nameof(SaveConflict);
    public const string Cancelled = nameof(Cancelled);
    public const string NoMeasures = nameof(NoMeasures);
    public const string MeasuresTitle = nameof(MeasuresTitle);
    public const string ForGoal = nameof(ForGoal);
    public const string ForKnelpunt = nameof(ForKnelpunt);
    public const string GoalWithoutMeasure = nameof(GoalWithoutMeasure);
    public const string MeasureHelp = nameof(MeasureHelp);
}
