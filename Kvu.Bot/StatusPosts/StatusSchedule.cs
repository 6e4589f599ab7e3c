namespace Kvu.Bot.StatusPosts;

/// <summary>When a project's weekly status is posted: a weekday and a wall-clock time in Europe/Amsterdam.</summary>
public sealed record StatusSchedule(DayOfWeek Day, TimeOnly Time, bool Paused)
{
    public static readonly StatusSchedule Default = new(DayOfWeek.Monday, new TimeOnly(9, 0), Paused: false);
}
