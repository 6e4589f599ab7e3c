namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// An erasure: whom, where, and per project the AAD object id that takes her place there
/// (<see cref="ErasedPerson.IdFor"/> of the seat she is asked to approve decisions from, so that who is asked and the
/// counts stay as they were); a project without one gets no id in her place.
/// </summary>
public sealed record PersonErasure(DataSubject Subject, PersonalDataScope Scope, IReadOnlyDictionary<string, string> Pseudonyms)
{
    public string? PseudonymIn(string projectId) => Pseudonyms.GetValueOrDefault(projectId);
}
