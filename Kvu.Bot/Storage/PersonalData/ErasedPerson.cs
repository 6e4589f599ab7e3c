namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// What erasure writes in a person's place: the name "verwijderd lid" everywhere, and where a row needs an identity
/// (a voter, a response, a seat) an id made of that name and something that is not about her, such as the seat
/// ("verwijderd lid m3"): unique within the project, so counts stay the same, and unrelated to her AAD object id.
/// </summary>
public static class ErasedPerson
{
    public const string Name = "verwijderd lid";

    public static string IdFor(string seat)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seat);
        return $"{Name} {seat.Trim().ToLowerInvariant()}";
    }

    /// <summary>True for <see cref="Name"/> itself and for every id <see cref="IdFor"/> makes.</summary>
    public static bool IsId(string? id) =>
        id is not null && (id == Name || id.StartsWith(Name + " ", StringComparison.Ordinal));
}
