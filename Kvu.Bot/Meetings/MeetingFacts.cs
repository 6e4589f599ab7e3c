namespace Kvu.Bot.Meetings;

/// <summary>What the progress report shows of a project's meetings (cancelled ones left out), read by <see cref="MeetingReportFacts"/>.</summary>
/// <param name="Held">After a meeting: that meeting.</param>
/// <param name="InPeriod">Held since the report's period began or planned within <see cref="MeetingReportFacts.PlannedHorizon"/>, earliest first.</param>
/// <param name="Next">The first that has not ended.</param>
public sealed record MeetingFacts(ScheduledMeeting? Held, IReadOnlyList<ScheduledMeeting> InPeriod, ScheduledMeeting? Next);
