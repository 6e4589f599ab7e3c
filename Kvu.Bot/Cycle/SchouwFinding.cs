using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>What a member saw on the schouw: by day or by night, where, and what, entered from their own chat.</summary>
public sealed record SchouwFinding(string ProjectId, string Id, DayPart When, string Place, string Seen, PersonRef By, DateTimeOffset At);
