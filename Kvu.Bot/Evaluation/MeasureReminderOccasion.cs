using Kvu.Bot.Plan;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// Why the owner of a measure is reminded today: its end date is near, or it passed with the measure unfinished (the
/// <paramref name="Overdue"/>-th time, counted from 0). <paramref name="Mark"/> names the occasion once: the measure, its
/// end date (a new end date is a new occasion) and which reminder, so each is sent once.
/// </summary>
public sealed record MeasureReminderOccasion(Measure Measure, MeasureState State, int? Overdue, string Mark)
{
    /// <summary>The occasion to remind of today; null when there is none (finished, far off, or reminded often enough).</summary>
    public static MeasureReminderOccasion? For(Measure measure, MeasureState state, DateOnly today, MeasureReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(options);
        if (state is MeasureState.Gereed or MeasureState.Gestopt)
        {
            return null;
        }

        var end = measure.End.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (measure.End >= today)
        {
            return measure.End.DayNumber - today.DayNumber <= options.DaysBefore ? new(measure, state, null, $"{measure.Id}|{end}|due") : null;
        }

        var repeat = (today.DayNumber - measure.End.DayNumber - 1) / options.OverdueRepeatDays;
        return repeat < options.MaxOverdueReminders ? new(measure, state, repeat, $"{measure.Id}|{end}|overdue{repeat}") : null;
    }
}
