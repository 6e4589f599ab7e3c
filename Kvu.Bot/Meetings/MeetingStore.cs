using System.Globalization;
using Azure.Data.Tables;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

// The meetings the bot created, kept with their project: one partition per project (tenant + project id), the
// row key starts with the UTC start so a partition query returns them in time order ("next meeting"). Graph
// event ids contain '/' and '+', which Azure forbids in keys: TableKeys.Encode.
public sealed class MeetingStore
{
    public const string TableName = KvuTables.Meetings;

    private readonly GuardedTable _table;

    public MeetingStore(TableServiceClient serviceClient)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        _table = new GuardedTable(serviceClient.GetTableClient(TableName));
    }

    public async Task SaveAsync(string tenantId, string projectId, ScheduledMeeting meeting, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition(tenantId, projectId), Row(meeting))
        {
            ["EventId"] = meeting.EventId,
            ["OrganizerId"] = meeting.OrganizerId,
            ["Subject"] = meeting.Subject,
            ["Start"] = meeting.Start.ToString("O", CultureInfo.InvariantCulture),
            ["End"] = meeting.End.ToString("O", CultureInfo.InvariantCulture),
            ["JoinUrl"] = meeting.JoinUrl,
        };
        await _table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ScheduledMeeting?> NextAsync(string tenantId, string projectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(Partition(tenantId, projectId), cancellationToken).ConfigureAwait(false))
        {
            var meeting = FromEntity(entity);
            if (meeting.End > now)
            {
                return meeting;
            }
        }

        return null;
    }

    private static string Partition(string tenantId, string projectId) => TableKeys.Encode(tenantId + "|" + projectId);

    private static string Row(ScheduledMeeting meeting) =>
        meeting.Start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "_" + TableKeys.Encode(meeting.EventId);

    private static ScheduledMeeting FromEntity(TableEntity entity) => new(
        entity.GetString("EventId"),
        entity.GetString("OrganizerId"),
        entity.GetString("Subject"),
        DateTimeOffset.Parse(entity.GetString("Start"), CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(entity.GetString("End"), CultureInfo.InvariantCulture),
        entity.GetString("JoinUrl"));
}
