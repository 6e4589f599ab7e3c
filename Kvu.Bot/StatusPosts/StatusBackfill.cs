using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Puts projects whose channel was linked before the weekly status existed into the schedule: they have no
/// settings row, so the scheduler would never find them. Runs when the scheduler starts, until one pass over the
/// Projects table has completed (recorded in the schedule table, so later start-ups skip the scan). Idempotent and
/// safe with several instances at once: a project that has settings is left alone, a new row is added under the
/// store's ETag check. ActiveFrom is the backfill moment, so the first post is the next scheduled one (Monday
/// 09:00), not a burst of missed weeks. A project linked later gets its row from <see cref="StatusChannelListener"/>,
/// and "weekstatus" creates a missing row too.
/// </summary>
public sealed class StatusBackfill(ProjectStore projects, StatusScheduleStore schedules, ILogger<StatusBackfill> logger)
{
    /// <summary>Bump to scan again after a change that needs every project looked at once more.</summary>
    public const string Version = "backfill-v1";

    /// <returns>How many projects were put in the schedule; 0 when the backfill had already been done.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await schedules.IsMarkedAsync(Version, cancellationToken))
        {
            return 0;
        }

        var added = 0;
        var linked = 0;
        await foreach (var project in projects.ListAllAsync(cancellationToken))
        {
            if (project.Channel is not { } channel)
            {
                continue;
            }

            linked++;
            if (await schedules.GetAsync(project.Id, cancellationToken) is not null)
            {
                continue;
            }

            var created = false;
            await schedules.UpdateAsync(project.TenantId, project.Id, s =>
            {
                created = s is null;
                return s ?? new StatusSettings(project.TenantId, project.Id, StatusSchedule.Default, channel.ConversationId, now);
            }, cancellationToken);
            added += created ? 1 : 0;
        }

        await schedules.MarkAsync(Version, now, cancellationToken);
        logger.LogInformation("Weekly status backfill {Version}: {Linked} linked projects, {Added} put in the schedule", Version, linked, added);
        return added;
    }
}
