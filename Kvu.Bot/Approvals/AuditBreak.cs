namespace Kvu.Bot.Approvals;

/// <summary>
/// Where the audit trail is broken: how, and the row that shows it (who, which decision, when): a member's response,
/// or a change to the decision as a whole.
/// </summary>
public sealed record AuditBreak(AuditBreakKind Kind, ApprovalResponse? Response, DecisionEvent? Change)
{
    public AuditBreak(AuditBreakKind kind, ApprovalResponse response)
        : this(kind, response, null)
    {
    }

    public AuditBreak(AuditBreakKind kind, DecisionEvent change)
        : this(kind, null, change)
    {
    }

    public DateTimeOffset At => Response?.At ?? Change!.At;

    public string DecisionId => Response?.DecisionId ?? Change!.DecisionId;
}
