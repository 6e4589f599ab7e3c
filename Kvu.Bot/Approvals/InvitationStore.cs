using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Invitations, in the Approvals table: per project (row <c>i|{member}</c>, what a card action reads), indexed per
/// invitee (partition <c>u|{tenant}|{aad}</c>) so "uitnodigingen" finds a member's invitations in one query, and
/// each invitee's personal conversation with the bot (partition <c>reach|{tenant}</c>), which makes them reachable.
/// </summary>
public sealed class InvitationStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Approvals;

    private const char Separator = '|';

    private readonly GuardedTable _table = new(serviceClient, TableName);

    /// <summary>Saves the invitation and its index entry; an invitation sent again replaces the earlier one.</summary>
    public async Task SaveAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var entity = new TableEntity(TableKeys.Encode(invitation.ProjectId), $"i{Separator}{invitation.MemberId}")
        {
            [nameof(Invitation.TenantId)] = invitation.TenantId,
            [JsonProperty] = JsonSerializer.Serialize(invitation, FormationJson.Options),
        };
        await _table.UpsertAsync(entity, cancellationToken);
        await _table.UpsertAsync(new TableEntity(InviteePartition(invitation.TenantId, invitation.InviteeAadObjectId), $"{TableKeys.Encode(invitation.ProjectId)}{Separator}{invitation.MemberId}"), cancellationToken);
    }

    /// <summary>
    /// Records the answer only if the invitation is still open, under the ETag read: of two clicks at the same
    /// moment (a double click, a Teams retry) exactly one wins, so the projectleider hears of a decline once.
    /// </summary>
    /// <returns>True when this answer was recorded; false when the invitation was already answered.</returns>
    public async Task<bool> TryAnswerAsync(Invitation answered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answered);
        var entity = await _table.GetAsync(TableKeys.Encode(answered.ProjectId), $"i{Separator}{answered.MemberId}", cancellationToken);
        var current = entity is null ? null : Read(entity);
        if (entity is null || current is null || current.Status != MemberStatus.Invited)
        {
            return false;
        }

        entity[JsonProperty] = JsonSerializer.Serialize(answered, FormationJson.Options);
        try
        {
            await _table.UpdateAsync(entity, entity.ETag, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <returns>The invitation, or null when there is none or it belongs to another tenant.</returns>
    public async Task<Invitation?> GetAsync(string tenantId, string projectId, string memberId, CancellationToken cancellationToken)
    {
        var entity = await _table.GetAsync(TableKeys.Encode(projectId), $"i{Separator}{memberId}", cancellationToken);
        var invitation = entity is null ? null : Read(entity);
        return invitation?.TenantId == tenantId ? invitation : null;
    }

    /// <summary>Every invitation ever addressed to this Teams account in this tenant.</summary>
    public async IAsyncEnumerable<Invitation> ListForInviteeAsync(string tenantId, string aadObjectId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = new List<(string ProjectId, string MemberId)>();
        await foreach (var entity in _table.QueryPartitionAsync(InviteePartition(tenantId, aadObjectId), cancellationToken))
        {
            var parts = entity.RowKey.Split(Separator, 2);
            keys.Add((TableKeys.Decode(parts[0]), parts[1]));
        }

        foreach (var (projectId, memberId) in keys)
        {
            // Only the invitation as it stands now, and only while it is still addressed to this account.
            if (await GetAsync(tenantId, projectId, memberId, cancellationToken) is { } invitation
                && string.Equals(invitation.InviteeAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
            {
                yield return invitation;
            }
        }
    }

    /// <summary>Remembers the invitee's personal conversation with the bot: from now on invitations reach them.</summary>
    public Task RememberReachAsync(string tenantId, string aadObjectId, string conversationId, CancellationToken cancellationToken) =>
        _table.UpsertAsync(new TableEntity(ReachPartition(tenantId), TableKeys.Encode(aadObjectId.ToLowerInvariant()))
        {
            ["ConversationId"] = conversationId,
        }, cancellationToken);

    public async Task<string?> GetReachAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        (await _table.GetAsync(ReachPartition(tenantId), TableKeys.Encode(aadObjectId.ToLowerInvariant()), cancellationToken))?.GetString("ConversationId");

    /// <summary>Remembers that the project's werkgroep works in this team, so that someone joining the team can be matched.</summary>
    public Task RememberTeamAsync(string tenantId, string teamId, string projectId, CancellationToken cancellationToken) =>
        _table.UpsertAsync(new TableEntity(TeamPartition(tenantId, teamId), TableKeys.Encode(projectId)) { ["ProjectId"] = projectId }, cancellationToken);

    public async Task<IReadOnlyList<string>> ListProjectsOfTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var projectIds = new List<string>();
        await foreach (var entity in _table.QueryPartitionAsync(TeamPartition(tenantId, teamId), cancellationToken))
        {
            projectIds.Add(entity.GetString("ProjectId") ?? TableKeys.Decode(entity.RowKey));
        }

        return projectIds;
    }

    /// <summary>The invitation an i|{member} row keeps; null for a row without one.</summary>
    internal static Invitation? Read(TableEntity entity) =>
        entity.GetString(JsonProperty) is { } json ? JsonSerializer.Deserialize<Invitation>(json, FormationJson.Options) : null;

    /// <summary>The property of an i|{member} row that keeps the invitation.</summary>
    internal const string JsonProperty = "Json";

    internal static string TeamPartition(string tenantId, string teamId) => $"team{Separator}{TableKeys.Encode(tenantId)}{Separator}{TableKeys.Encode(teamId)}";

    internal static string InviteePartition(string tenantId, string aadObjectId) =>
        $"u{Separator}{TableKeys.Encode(tenantId)}{Separator}{TableKeys.Encode(aadObjectId.ToLowerInvariant())}";

    internal static string ReachPartition(string tenantId) => $"reach{Separator}{TableKeys.Encode(tenantId)}";
}
