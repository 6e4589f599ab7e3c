namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// A feature's answer for the personal data it keeps (AVG/GDPR): who it knows, everything it keeps about one person,
/// erasing her, and deleting a project's rows when the project's retention period is over. Every feature that keeps
/// rows registers one (<c>services.AddSingleton&lt;IPersonalDataHolder, ...&gt;()</c>); Privacy/ asks all of them, and a
/// test fails when a table of <see cref="KvuTables"/> has no holder, so a new feature cannot be forgotten.
/// </summary>
public interface IPersonalDataHolder
{
    /// <summary>The tables this holder answers for.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>
    /// Erasure runs from low to high rank: a feature that keeps a copy of another's data (a decision keeps the
    /// project's voters and composition) erases before the feature whose data it copies, so that nothing copies her
    /// back from a half-erased original in between. Originals (the projects) have rank 1, copies 0.
    /// </summary>
    int Rank { get; }

    /// <summary>Every person this holder knows of in <paramref name="scope"/>, as they are mentioned (one mention per place).</summary>
    IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, CancellationToken cancellationToken);

    /// <summary>Everything kept about <paramref name="subject"/> in <paramref name="scope"/>: her rows and fields, nothing of anyone else.</summary>
    IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the person's data by <see cref="ErasedPerson"/> in every row of the scope (rows that only exist for her are
    /// deleted), each row rewritten under the ETag it was read with and re-read and re-applied on a conflict. Running it
    /// again (after a crash halfway) finishes the work and changes nothing that is done.
    /// </summary>
    /// <returns>The rows changed or deleted.</returns>
    Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken);

    /// <summary>Deletes every row of the project in this holder's tables (its retention period after archiving is over).</summary>
    /// <returns>The rows deleted.</returns>
    Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken);
}
