namespace Kvu.Bot.Meetings;

/// <summary>A busy block in someone's calendar; always an absolute instant (offset carried), never a bare local time.</summary>
public sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End);
