namespace Kvu.Bot.Approvals;

/// <summary>How the audit trail was found broken (see <see cref="AuditTrailCheck"/>).</summary>
public enum AuditBreakKind
{
    /// <summary>An audit row's content (or its salt) no longer matches its seal.</summary>
    Changed,

    /// <summary>Rows of the same chain before this row were removed.</summary>
    MissingBefore,

    /// <summary>The chain's latest row (the answer or change its head shows) was removed.</summary>
    MissingLast,

    /// <summary>The head (a member's current response, what the card counts; or the decision itself) differs from the chain's latest row.</summary>
    CurrentChanged,

    /// <summary>The head (a member's current response, or the decision) was removed while its chain remains.</summary>
    CurrentMissing,
}
