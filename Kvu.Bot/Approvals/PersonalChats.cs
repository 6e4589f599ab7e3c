using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Where the bot can write to a person unasked (a reminder): her own chat with the bot, known once she opened it and
/// typed a command that remembers it, or was invited. Only by her Teams (AAD) account, never by name or e-mail; someone
/// entered without one, or erased, has none. The address carries her Teams language when the bot heard it.
/// </summary>
public sealed class PersonalChats(InvitationStore reach, ConversationStore conversations)
{
    /// <summary>The person's Teams (AAD) account; null when she was entered without one, or erased.</summary>
    public static string? Account(PersonRef person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.AadObjectId?.Trim() is { Length: > 0 } aad && !ErasedPerson.IsId(aad) ? aad : null;
    }

    /// <summary>She wrote to the bot in her own chat (<paramref name="conversationId"/>): from now on it can write to her there.</summary>
    public Task RememberAsync(string tenantId, string aadObjectId, string conversationId, CancellationToken cancellationToken) =>
        reach.RememberReachAsync(tenantId, aadObjectId, conversationId, cancellationToken);

    public async Task<ConversationAddress?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        await reach.GetReachAsync(tenantId, aadObjectId, cancellationToken) is { } conversationId
            && await conversations.GetAsync(tenantId, conversationId, cancellationToken) is { Kind: ConversationKind.Personal } address
            ? address
            : null;

    /// <summary>Her own chat with the bot, by her Teams account; null when she has none (no account known, never opened it, erased).</summary>
    public async Task<ConversationAddress?> ReachAsync(string tenantId, PersonRef person, CancellationToken cancellationToken) =>
        Account(person) is { } aad ? await FindAsync(tenantId, aad, cancellationToken) : null;

    /// <summary>The chat of the project's projectleider (its creator until one is appointed).</summary>
    public async Task<ConversationAddress?> ProjectleiderAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return await ReachAsync(project.TenantId, project.Projectleider?.Person ?? project.CreatedBy, cancellationToken);
    }
}
