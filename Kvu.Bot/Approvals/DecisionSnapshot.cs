using Azure;

namespace Kvu.Bot.Approvals;

/// <summary>
/// A group decision with every member's current response, as <see cref="ApprovalStore.ReadAsync"/> read them in one
/// query, and the ETags a write based on this reading must carry (so a write never overwrites what it did not see).
/// </summary>
public sealed class DecisionSnapshot
{
    private readonly IReadOnlyDictionary<string, ETag> _responseETags;

    internal DecisionSnapshot(GroupDecision decision, ETag decisionETag, string? projectVersion, IReadOnlyList<ApprovalResponse> responses, IReadOnlyDictionary<string, ETag> responseETags)
    {
        Decision = decision;
        DecisionETag = decisionETag;
        ProjectVersion = projectVersion;
        Responses = responses;
        _responseETags = responseETags;
    }

    public GroupDecision Decision { get; }

    /// <summary>Every member's current response, whatever version it was given to.</summary>
    public IReadOnlyList<ApprovalResponse> Responses { get; }

    internal ETag DecisionETag { get; }

    /// <summary>The version of the project the decision was last brought in line with; null when not known.</summary>
    internal string? ProjectVersion { get; }

    /// <summary>True when the decision was brought in line with the project as it is at <paramref name="projectVersion"/>.</summary>
    public bool IsInLineWith(string projectVersion) => ProjectVersion is not null && ProjectVersion == projectVersion;

    /// <summary>The member's current response, or null when she has not responded.</summary>
    public ApprovalResponse? ResponseOf(string aadObjectId) =>
        Responses.FirstOrDefault(r => string.Equals(r.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ETag of the member's response row as read; null when there was none or it changed since.</summary>
    internal ETag? ETagOf(string aadObjectId) => _responseETags.TryGetValue(Key(aadObjectId), out var eTag) ? eTag : null;

    /// <summary>The same reading with the decision as just saved.</summary>
    internal DecisionSnapshot With(GroupDecision decision, ETag decisionETag, string? projectVersion) => new(decision, decisionETag, projectVersion, Responses, _responseETags);

    /// <summary>
    /// The reading with <paramref name="response"/> as its member's current answer: what she sees right after her
    /// click, without reading every response again. (The row's new ETag is not known: a later write
    /// through this reading reads the row first.)
    /// </summary>
    public DecisionSnapshot With(ApprovalResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var responses = Responses.Where(r => !string.Equals(r.AadObjectId, response.AadObjectId, StringComparison.OrdinalIgnoreCase)).Append(response).ToList();
        var eTags = _responseETags.Where(e => e.Key != Key(response.AadObjectId)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return new DecisionSnapshot(Decision, DecisionETag, ProjectVersion, responses, eTags);
    }

    internal static string Key(string aadObjectId) => aadObjectId.ToLowerInvariant();
}
