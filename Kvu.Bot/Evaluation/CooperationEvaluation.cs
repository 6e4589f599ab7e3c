namespace Kvu.Bot.Evaluation;

/// <summary>
/// The werkgroep's evaluation of its own cooperation in one round of the KVU: started by the projectleider
/// (<see cref="StartedBy"/>: her AAD object id), answered by the members on a card in their own chat, closed by her.
/// <see cref="Asked"/> is how many members it was put to, for "4 of 7 answered".
/// </summary>
public sealed record CooperationEvaluation(string TenantId, string ProjectId, int Round, string StartedBy, DateTimeOffset StartedAt, int Asked, DateTimeOffset? ClosedAt = null)
{
    public bool Closed => ClosedAt is not null;
}
