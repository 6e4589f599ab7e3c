using Kvu.Bot.Plan;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// What the weekly status shows of the measures (<see cref="MeasuresSection"/>): the project's measures with their
/// progress, and how many days ahead an end date counts as due (the reminders' <see cref="MeasureReminderOptions.DaysBefore"/>).
/// </summary>
public sealed record MeasureFacts(IReadOnlyList<Measure> Measures, IReadOnlyDictionary<string, MeasureProgress> Progress, int DueDays)
{
    public static MeasureFacts None { get; } = new([], new Dictionary<string, MeasureProgress>(), 0);

    public MeasureState StateOf(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Progress.TryGetValue(measure.Id, out var progress) ? progress.State : MeasureState.Gepland;
    }
}
