namespace Kvu.Bot.Approvals;

/// <summary>How the audit trail was found broken (see <see cref="AuditTrailCheck"/>).</summary>
public enum AuditBreakKind
{
    /// <summary>An audit row's content (or its salt) no longer matches its seal.</summary>
    Changed,

    /// <summary>Rows of the same member's chain before this row were removed.</summary>
    MissingBefore,

    /// <summary>The member's latest audit row (the answer her current response shows) was removed.</summary>
    MissingLast,

    /// <summary>The member's current response (what the card counts) differs from her latest audit row.</summary>
    CurrentChanged,

    /// <summary>The member's current-response row was removed while her audit rows remain.</summary>
    CurrentMissing,
}
