using Kvu.Bot.Formation;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The personal data of the weekly status: a project's settings keep the projectleider's personal chat with the bot,
/// where a channel the bot lost is reported. The schedule index and the weekly claims hold no one's data, but are the
/// project's rows and go with it.
/// </summary>
public sealed class StatusPostsPersonalData(StatusScheduleStore schedules, StatusClaimStore claims, IOptions<StatusPostOptions> options) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables { get; } = [options.Value.ScheduleTable, options.Value.ClaimTable];

    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            if (await schedules.GetAsync(projectId, cancellationToken) is { ProjectleiderConversationId: { } conversation } settings && settings.TenantId == scope.TenantId)
            {
                yield return new PersonMention(projectId, null, null, null, conversation);
            }
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            if (await schedules.GetAsync(projectId, cancellationToken) is { } settings && settings.TenantId == scope.TenantId
                && subject.HasConversation(settings.ProjectleiderConversationId))
            {
                var key = StatusScheduleStore.KeyOf(projectId);
                yield return new PersonalRecord(Tables[0], key, key, "statusReportsTo", new JsonObject
                {
                    ["projectId"] = projectId,
                    ["conversationId"] = settings.ProjectleiderConversationId,
                });
            }
        }
    }

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var changed = 0;
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            if (await schedules.GetAsync(projectId, cancellationToken) is { } settings && settings.TenantId == erasure.Scope.TenantId
                && erasure.Subject.HasConversation(settings.ProjectleiderConversationId))
            {
                // Under the settings' ETag, re-applied when the scheduler wrote meanwhile.
                await schedules.UpdateAsync(settings.TenantId, projectId, s => (s ?? settings) with
                {
                    ProjectleiderConversationId = erasure.Subject.HasConversation((s ?? settings).ProjectleiderConversationId) ? null : (s ?? settings).ProjectleiderConversationId,
                }, cancellationToken);
                changed++;
            }
        }

        return changed;
    }

    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        await schedules.DeleteProjectAsync(tenantId, projectId, cancellationToken) + await claims.DeleteProjectAsync(new ProjectKey(tenantId, projectId), cancellationToken);
}
