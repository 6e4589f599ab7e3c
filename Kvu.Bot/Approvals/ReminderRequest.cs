namespace Kvu.Bot.Approvals;

/// <summary>The projectleider pressed "Herinneren" on a decision card: the reminders go out in the background.</summary>
public sealed record ReminderRequest(string TenantId, string ProjectId, GroupDecisionKind Kind, string RequestedBy, string Locale, DateTimeOffset At);
