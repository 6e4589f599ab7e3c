namespace Kvu.Bot.Approvals;

/// <summary>
/// What a card click needs to know from outside the decision, kept in the project's Approvals partition (row
/// <c>p</c>) so that the click reads it in the same query as the decision (see <see cref="WerkgroepAlignment"/>):
/// the fingerprint of the werkgroep as decisions depend on it (who is asked, the composition) and who manages the
/// project. <see cref="ChangingSince"/> is set while a save that changes either is under way.
/// </summary>
public sealed record WerkgroepStamp(string? Fingerprint, IReadOnlyList<string>? Managers, DateTimeOffset? ChangingSince)
{
    /// <summary>True when the stamp can be gone by: both parts known and no change under way.</summary>
    public bool IsComplete => Fingerprint is not null && Managers is not null && ChangingSince is null;

    /// <summary>True when <paramref name="aadObjectId"/> is the projectleider or projectsecretaris (as of the stamp).</summary>
    public bool Manages(string aadObjectId) => Managers?.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase) == true;
}
