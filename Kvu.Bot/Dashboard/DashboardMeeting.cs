namespace Kvu.Bot.Dashboard;

/// <summary>A meeting of the werkgroep that has not ended and is not cancelled.</summary>
public sealed record DashboardMeeting(string Subject, DateTimeOffset Start, DateTimeOffset End, string? JoinUrl);
