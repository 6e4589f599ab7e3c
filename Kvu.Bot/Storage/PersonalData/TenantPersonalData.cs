namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// Personal data that belongs to no project (the bot's conversations, files offered to a user): it is found, exported
/// and erased only when a request covers the whole tenant, never for the projects of one projectleider, and it copies
/// nothing of another holder (rank 0). A feature fills in the tenant's part.
/// </summary>
/// <param name="tables">The tables the feature keeps this data in.</param>
public abstract class TenantPersonalData(IReadOnlyList<string> tables) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables => tables;

    public int Rank => 0;

    public IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.WholeTenant ? MentionsInTenantAsync(scope.TenantId, cancellationToken) : AsyncEnumerable.Empty<PersonMention>();
    }

    public IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        return scope.WholeTenant ? ExportFromTenantAsync(subject, scope.TenantId, cancellationToken) : AsyncEnumerable.Empty<PersonalRecord>();
    }

    public Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        return erasure.Scope.WholeTenant ? EraseFromTenantAsync(erasure, cancellationToken) : Task.FromResult(0);
    }

    /// <summary>Nothing here is a project's, so nothing goes when one is deleted, unless the feature says otherwise.</summary>
    public virtual Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) => Task.FromResult(0);

    /// <summary>Every person the tenant's rows mention (one mention per place).</summary>
    protected abstract IAsyncEnumerable<PersonMention> MentionsInTenantAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Everything the tenant's rows keep about <paramref name="subject"/>.</summary>
    protected abstract IAsyncEnumerable<PersonalRecord> ExportFromTenantAsync(DataSubject subject, string tenantId, CancellationToken cancellationToken);

    /// <summary>Erases her from the tenant's rows (<see cref="IPersonalDataHolder.EraseAsync"/>).</summary>
    /// <returns>The rows changed or deleted.</returns>
    protected abstract Task<int> EraseFromTenantAsync(PersonErasure erasure, CancellationToken cancellationToken);
}
