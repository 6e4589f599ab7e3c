namespace Kvu.Bot.Approvals;

/// <summary>One member's answer to one version of a decision: who (AAD object id and name), what, when.</summary>
public sealed record ApprovalResponse(
    string DecisionId,
    int Version,
    string AadObjectId,
    string DisplayName,
    ApprovalAnswer Answer,
    string? Comment,
    DateTimeOffset At)
{
    /// <summary>Same answer to the same version: a Teams retry or a double click, not a new response.</summary>
    public bool SameAs(ApprovalResponse other) =>
        other.Version == Version && other.Answer == Answer && string.Equals(other.Comment ?? string.Empty, Comment ?? string.Empty, StringComparison.Ordinal);
}
