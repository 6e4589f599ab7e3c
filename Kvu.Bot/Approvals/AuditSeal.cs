namespace Kvu.Bot.Approvals;

/// <summary>
/// Where an audit row sits in its chain and what it was sealed with (see <see cref="AuditChain"/>): the chain's id,
/// the row's place in it (1, 2, ...), the hash of the row before it (empty for the first), the keyed digest of its
/// personal fields and its own hash. A member's current response row carries the seal of her latest audit row:
/// it is the head of her chain.
/// </summary>
public sealed record AuditSeal(string Chain, int Seq, string Previous, string PersonalDigest, string Hash);
