namespace Kvu.Bot.Meetings;

/// <summary>
/// What the projectleider asked for: a meeting of Duration somewhere in the next WindowDays days (from today,
/// Europe/Amsterdam).
/// </summary>
public sealed record MeetingRequest(MeetingKind Kind, TimeSpan Duration, int WindowDays, int? RepeatEveryWeeks = null);
