using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

/// <summary>
/// What the progress card shows: the project, its open group decisions, the next meeting and, when the summary
/// follows a meeting, that meeting.
/// </summary>
public sealed record ProgressSummary(KvuProject Project, IReadOnlyList<OpenDecision> OpenDecisions, ScheduledMeeting? Next, ScheduledMeeting? After = null);
