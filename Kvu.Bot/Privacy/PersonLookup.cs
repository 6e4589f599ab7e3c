using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Privacy;

/// <summary>
/// Who a name, e-mail address or AAD object id stands for in a scope: exactly one person (<see cref="Subject"/>), nobody,
/// or several (<see cref="Candidates"/>, for a name two people share).
/// </summary>
public sealed record PersonLookup(DataSubject? Subject, IReadOnlyList<PersonCandidate> Candidates)
{
    public static readonly PersonLookup Nobody = new(null, []);

    public bool Ambiguous => Subject is null && Candidates.Count > 1;
}
