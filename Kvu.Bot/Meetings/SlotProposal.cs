namespace Kvu.Bot.Meetings;

/// <summary>
/// A proposed time. Start/End carry the Amsterdam offset of that day (+01:00 or +02:00). Busy names the required
/// members who are not free; empty when everyone is.
/// </summary>
public sealed record SlotProposal(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Busy);
