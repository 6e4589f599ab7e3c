namespace Kvu.Bot.Evaluation;

/// <summary>When the owner of a measure is reminded of it (<see cref="MeasureReminders"/>).</summary>
public sealed class MeasureReminderOptions
{
    public const string SectionName = "MeasureReminders";

    /// <summary>Days before its end date that the owner of an unfinished measure is asked where it stands; also what the weekly status counts as due.</summary>
    [Range(1, 60)]
    public int DaysBefore { get; set; } = 7;

    /// <summary>Days between two reminders about a measure that is over tijd.</summary>
    [Range(1, 90)]
    public int OverdueRepeatDays { get; set; } = 14;

    /// <summary>Reminders about one overdue measure at most; after them the projectleider sees it in the matrix and the weekly status.</summary>
    [Range(1, 20)]
    public int MaxOverdueReminders { get; set; } = 3;

    /// <summary>Dutch hour from which a day's reminders go out, so nobody gets one in the night.</summary>
    [Range(0, 23)]
    public int FromHour { get; set; } = 8;

    /// <summary>How often the job looks for measures to remind of.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
