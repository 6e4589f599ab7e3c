using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Meetings;

/// <summary>
/// The personal data of the meetings the bot planned: who organised each (the projectleider's e-mail address or AAD
/// object id, what Graph takes as a user id). Attendees and free/busy are not kept: they are read from Graph (the
/// werkgroep in the project, free/busy asked for each proposal) and live on in the organiser's Exchange calendar, which
/// the gemeente manages, not the bot.
/// </summary>
public sealed class MeetingsPersonalData(MeetingStore meetings) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables { get; } = [KvuTables.Meetings];

    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var meeting in await meetings.ListAsync(new ProjectKey(scope.TenantId, projectId), cancellationToken))
            {
                if (meeting.OrganizerId is { Length: > 0 } organizer)
                {
                    yield return organizer.Contains('@')
                        ? new PersonMention(projectId, null, null, organizer)
                        : new PersonMention(projectId, null, organizer, null);
                }
            }
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            var project = new ProjectKey(scope.TenantId, projectId);
            foreach (var meeting in await meetings.ListAsync(project, cancellationToken))
            {
                if (subject.Is(meeting.OrganizerId, meeting.OrganizerId))
                {
                    var (partitionKey, rowKey) = MeetingStore.KeysOf(project, meeting);
                    yield return new PersonalRecord(KvuTables.Meetings, partitionKey, rowKey, "meetingOrganised", new JsonObject
                    {
                        ["projectId"] = projectId,
                        ["organizerId"] = meeting.OrganizerId,
                        ["subject"] = meeting.Subject,
                        ["start"] = meeting.Start,
                        ["end"] = meeting.End,
                        ["cancelled"] = meeting.Cancelled,
                        ["joinUrl"] = meeting.JoinUrl,
                    });
                }
            }
        }
    }

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var (subject, tenantId, changed) = (erasure.Subject, erasure.Scope.TenantId, 0);
        foreach (var project in erasure.Scope.ProjectIds.Select(projectId => new ProjectKey(tenantId, projectId)))
        {
            // Each meeting under its ETag; one that the summary loop or a reschedule changed meanwhile is read again.
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                var pending = (await meetings.ListAsync(project, cancellationToken)).Where(m => subject.Is(m.OrganizerId, m.OrganizerId)).ToList();
                var saved = 0;
                foreach (var meeting in pending)
                {
                    saved += await meetings.UpdateAsync(project, meeting, meeting with { OrganizerId = ErasedPerson.Name }, cancellationToken) is null ? 0 : 1;
                }

                changed += saved;
                if (saved == pending.Count)
                {
                    break;
                }
            }
        }

        return changed;
    }

    public Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        meetings.DeleteProjectAsync(new ProjectKey(tenantId, projectId), cancellationToken);
}
