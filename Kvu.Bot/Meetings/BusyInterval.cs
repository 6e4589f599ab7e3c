namespace Kvu.Bot.Meetings;

// A busy block in someone's calendar; always an absolute instant (offset carried), never a bare local time.
public sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End);
