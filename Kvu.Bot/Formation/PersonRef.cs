namespace Kvu.Bot.Formation;

/// <summary>Someone picked from the Teams team (AadObjectId set) or entered by e-mail/UPN before they are in Teams.</summary>
public sealed record PersonRef(string DisplayName, string? AadObjectId, string? Email)
{
    /// <summary>
    /// Display names are not unique ("Jan de Vries" twice in one gemeente is normal), so only the Entra object id or
    /// the e-mail address identifies a person. A person first entered by e-mail and later picked from Teams
    /// usually has both, so either match counts.
    /// </summary>
    public bool IsSamePerson(PersonRef? other)
    {
        if (other is null)
        {
            return false;
        }

        return (!string.IsNullOrWhiteSpace(AadObjectId)
                && string.Equals(AadObjectId.Trim(), other.AadObjectId?.Trim(), StringComparison.OrdinalIgnoreCase))
            || (!string.IsNullOrWhiteSpace(Email)
                && string.Equals(Email.Trim(), other.Email?.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
