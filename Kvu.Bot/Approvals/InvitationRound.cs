using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// What one round of invitations did: the project as saved, and the names of who was invited, who could not be
/// reached, who is not in the team, and who is reachable but could not be sent to now (Teams busy or failing).
/// </summary>
public sealed record InvitationRound(KvuProject Project, IReadOnlyList<string> Sent, IReadOnlyList<string> Unreachable, IReadOnlyList<string> NotFound, IReadOnlyList<string> Later);
