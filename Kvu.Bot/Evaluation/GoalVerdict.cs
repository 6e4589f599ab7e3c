namespace Kvu.Bot.Evaluation;

/// <summary>Where a goal of the plan van aanpak stands against its indicator's metingen.</summary>
public enum GoalVerdict
{
    /// <summary>The goal lacks an indicator, a target value or a date: it cannot be judged.</summary>
    NotSmart,

    /// <summary>No meting of its indicator in this round yet.</summary>
    NotMeasured,

    /// <summary>The latest meting meets the target value.</summary>
    Reached,

    /// <summary>The latest meting does not meet the target, but the goal's date has not passed and there is no nameting yet.</summary>
    NotYetReached,

    /// <summary>The latest meting does not meet the target, and the goal's date has passed or the nameting is in.</summary>
    NotReached,
}
