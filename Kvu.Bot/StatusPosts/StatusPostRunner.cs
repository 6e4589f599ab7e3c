using System.Diagnostics;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// One scheduler run: find the projects whose weekly slot passed since the last run (the slot index, see
/// StatusScheduleStore) plus the posts still pending, and hand each tenant's posts to StatusTenantPosts (tenants in
/// parallel), which claims each for its week, posts, and records the outcome.
///
/// Exactly once per project per week, with several instances and restarts:
/// - the claim row (project, ISO week) is added or taken over under its ETag, so one instance wins;
/// - a pending row is written before the claim and removed once the claim is final (Posted or Abandoned), so a
///   claim whose instance crashed before posting, or a post that failed or was throttled, is retried by a later
///   run as soon as its lease runs out, without scanning all claims;
/// - after downtime only the latest missed week is due (LatestDue), so a project gets one post, not one per week.
/// The one gap left: a crash after Teams accepted a post and before its claim was marked Posted (claims are closed a
/// hundred at a time, after the hundred are sent) sends it again after the lease. The Bot Connector has no idempotency key, so at-least-once is the best there is at that point.
/// </summary>
public sealed class StatusPostRunner(
    StatusScheduleStore schedules,
    StatusClaimStore claims,
    StatusTenantPosts tenants,
    StatusPostMetrics metrics,
    IOptions<StatusPostOptions> options,
    ILogger<StatusPostRunner> logger)
{
    /// <summary>A week of hourly slots: a window this long touches every slot.</summary>
    private const int SlotsPerWeek = 7 * 24;

    /// <summary>Identifies this instance in claims (which instance held a post), unique per process.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Guid.NewGuid():N}"[..^20];

    public async Task<StatusRunReport> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var (scannedUntil, checkpointETag) = await schedules.GetCheckpointAsync(cancellationToken);

        // First run ever: look back a week; ActiveFrom keeps projects from getting a week they were not scheduled for.
        var from = scannedUntil ?? now.AddDays(-7);
        if (from > now)
        {
            from = now; // another instance's clock is ahead; nothing new to scan for us
        }

        var slots = Slots(from, now);
        var due = new Dictionary<(string, string), StatusPending>();
        foreach (var slot in slots)
        {
            await foreach (var entry in schedules.ListSlotAsync(slot, cancellationToken))
            {
                var latest = WeeklyClock.LatestDue(entry.Schedule, now);
                if (latest > from && latest > entry.ActiveFrom)
                {
                    var post = new StatusPending(entry.TenantId, entry.ProjectId, WeeklyClock.WeekKey(latest), latest);
                    due.TryAdd((post.ProjectId, post.WeekKey), post);
                }
            }
        }

        await foreach (var pending in claims.ListPendingAsync(cancellationToken))
        {
            due.TryAdd((pending.ProjectId, pending.WeekKey), pending);
        }

        var tally = new StatusRunTally();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelTenants, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due.Values.GroupBy(p => p.TenantId), parallel, async (tenant, token) =>
            await tenants.RunAsync(tenant.Key, [.. tenant], InstanceId, now, tally, token));

        // A post that failed before it was claimed has no pending row: scan its slot again next run.
        if (tally.UnclaimedFailures == 0)
        {
            await schedules.AdvanceCheckpointAsync(now, checkpointETag, cancellationToken);
        }

        var report = new StatusRunReport(due.Count, tally[StatusPostOutcome.Posted], tally[StatusPostOutcome.Skipped],
            tally[StatusPostOutcome.Failed] + tally[StatusPostOutcome.Deferred], tally.Throttles, tally[StatusPostOutcome.ChannelGone], slots.Count);
        metrics.Record(report);
        logger.LogInformation(
            "Status post run {Instance} at {Now:O}: {Due} due, {Posted} posted, {Skipped} skipped, {Failed} failed, {Throttled} throttled, {ChannelGone} channel gone; {Slots} slots in {ElapsedMs} ms",
            InstanceId, now, report.Due, report.Posted, report.Skipped, report.Failed, report.Throttled, report.ChannelGone, report.SlotsScanned, watch.ElapsedMilliseconds);
        return report;
    }

    /// <summary>The slot partitions whose hour lies in (from, now]: the current and previous Dutch clock hour of
    /// each hour in the window (the previous one also catches a time shifted over the spring DST gap).</summary>
    public static IReadOnlyList<string> Slots(DateTimeOffset from, DateTimeOffset now)
    {
        var slots = new HashSet<string>();
        if (now - from >= TimeSpan.FromDays(7))
        {
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                for (var hour = 0; hour < 24; hour++)
                {
                    slots.Add(StatusScheduleStore.SlotPartition(day, hour));
                }
            }

            return [.. slots.Order(StringComparer.Ordinal)];
        }

        var start = new DateTimeOffset(from.UtcDateTime.Date.AddHours(from.UtcDateTime.Hour), TimeSpan.Zero);
        for (var t = start; t <= now && slots.Count < SlotsPerWeek; t = t.AddHours(1))
        {
            var local = DutchTime.Local(t);
            slots.Add(StatusScheduleStore.SlotPartition(local.DayOfWeek, local.Hour));
            var before = local.AddHours(-1);
            slots.Add(StatusScheduleStore.SlotPartition(before.DayOfWeek, before.Hour));
        }

        return [.. slots.Order(StringComparer.Ordinal)];
    }
}
