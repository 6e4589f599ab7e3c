namespace Kvu.Bot.Approvals;

public sealed class ApprovalsOptions
{
    public const string SectionName = "Approvals";

    /// <summary>Days after a decision (or its latest version) was put to the werkgroep before a member who has not responded is reminded.</summary>
    [Range(1, 60)]
    public int ReminderAfterDays { get; set; } = 3;

    /// <summary>How often the reminder job looks for members to remind.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);
}
