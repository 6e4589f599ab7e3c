namespace Kvu.Bot.Approvals;

/// <summary>
/// A seat that should answer a group decision but cannot yet: its holder has no Teams account the bot knows, so no
/// click can be theirs. The card names them and why, so "everyone responded" is never said while they are missing.
/// </summary>
public sealed record AbsentSeat(string MemberId, string DisplayName, AbsenceReason Reason);
