using System.Diagnostics;
using Kvu.Bot.Conversations;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// One scheduler run: find the projects whose weekly slot passed since the last run (the slot index, see
/// StatusScheduleStore) plus the posts still pending, claim each for its week, post, and record the outcome.
///
/// Exactly once per project per week, with several instances and restarts:
/// - the claim row (project, ISO week) is added or taken over under its ETag, so one instance wins;
/// - a pending row is written before the claim and removed once the claim is final (Posted or Abandoned), so a
///   claim whose instance crashed before posting, or a post that failed or was throttled, is retried by a later
///   run as soon as its lease runs out, without scanning all claims;
/// - after downtime only the latest missed week is due (LatestDue), so a project gets one post, not one per week.
/// The one gap left: a crash after Teams accepted the post and before the claim was marked Posted sends it again
/// after the lease. The Bot Connector has no idempotency key, so at-least-once is the best there is at that point.
/// </summary>
public sealed class StatusPostRunner(
    StatusScheduleStore schedules,
    StatusClaimStore claims,
    StatusDelivery delivery,
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

        var counts = new int[Enum.GetValues<StatusPostOutcome>().Length];
        var throttled = 0;
        var incomplete = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelTenants, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due.Values.GroupBy(p => p.TenantId), parallel, async (tenant, token) =>
        {
            foreach (var post in tenant.OrderBy(p => p.DueAt))
            {
                var (outcome, throttles, claimed) = await ProcessAsync(post, now, token);
                Interlocked.Increment(ref counts[(int)outcome]);
                Interlocked.Add(ref throttled, throttles);
                if (!claimed && outcome == StatusPostOutcome.Failed)
                {
                    Interlocked.Increment(ref incomplete);
                }
            }
        });

        // A post that failed before it was claimed has no pending row: scan its slot again next run.
        if (incomplete == 0)
        {
            await schedules.AdvanceCheckpointAsync(now, checkpointETag, cancellationToken);
        }

        var report = new StatusRunReport(due.Count, counts[(int)StatusPostOutcome.Posted], counts[(int)StatusPostOutcome.Skipped],
            counts[(int)StatusPostOutcome.Failed] + counts[(int)StatusPostOutcome.Deferred], throttled, counts[(int)StatusPostOutcome.ChannelGone], slots.Count);
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
            var local = WeeklyClock.Local(t);
            slots.Add(StatusScheduleStore.SlotPartition(local.DayOfWeek, local.Hour));
            var before = local.AddHours(-1);
            slots.Add(StatusScheduleStore.SlotPartition(before.DayOfWeek, before.Hour));
        }

        return [.. slots.Order(StringComparer.Ordinal)];
    }

    private async Task<(StatusPostOutcome Outcome, int Throttles, bool Claimed)> ProcessAsync(StatusPending post, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StatusClaim? claim = null;
        try
        {
            var existing = await claims.GetAsync(post.ProjectId, post.WeekKey, cancellationToken);
            if (existing is { IsFinal: true })
            {
                await claims.RemovePendingAsync(post.ProjectId, post.WeekKey, cancellationToken);
                return (StatusPostOutcome.Skipped, 0, true);
            }

            if (existing is not null && existing.IsHeld(now))
            {
                return (StatusPostOutcome.Skipped, 0, true); // another instance has it, or it waits for its retry time
            }

            await claims.AddPendingAsync(post, cancellationToken);
            claim = await claims.TryTakeAsync(existing, post, InstanceId, now, options.Value.Lease, cancellationToken);
            if (claim is null)
            {
                return (StatusPostOutcome.Skipped, 0, true); // another instance was quicker
            }

            if (claim.Attempts > options.Value.MaxAttempts)
            {
                await FinishAsync(claim with { State = StatusClaimState.Abandoned }, cancellationToken);
                return (StatusPostOutcome.Failed, 0, true);
            }

            var result = await delivery.DeliverAsync(post.TenantId, post.ProjectId, now, cancellationToken);
            switch (result.Outcome)
            {
                case null:
                    await FinishAsync(claim with { State = StatusClaimState.Abandoned, Outcome = result.Problem }, cancellationToken);
                    return (StatusPostOutcome.Skipped, 0, true);
                case SendOutcome.Sent:
                    await FinishAsync(claim with { State = StatusClaimState.Posted, Outcome = nameof(SendOutcome.Sent) }, cancellationToken);
                    return (StatusPostOutcome.Posted, result.Throttles, true);
                case SendOutcome.Forbidden or SendOutcome.NotFound:
                    await FinishAsync(claim with { State = StatusClaimState.Abandoned, Outcome = result.Outcome.ToString() }, cancellationToken);
                    return (StatusPostOutcome.ChannelGone, result.Throttles, true);
                case SendOutcome.Throttled:
                    // Keep the claim; the lease now ends when Teams lets us try again, and a later run retries.
                    await claims.SaveAsync(claim with { LeaseUntil = now + result.RetryAfter!.Value, Outcome = nameof(SendOutcome.Throttled) }, cancellationToken);
                    return (StatusPostOutcome.Deferred, result.Throttles, true);
                default:
                    return (await DeferAsync(claim, result.Problem, now, cancellationToken), result.Throttles, true);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The fan-out boundary: one project's storage or connector failure must not stop the other projects'
            // posts. A claimed post is retried through its pending row once the lease ends.
            logger.LogError(failure, "Status post for {ProjectId} ({WeekKey}) in tenant {TenantId} failed", post.ProjectId, post.WeekKey, post.TenantId);
            return (StatusPostOutcome.Failed, 0, claim is not null);
        }
    }

    private async Task<StatusPostOutcome> DeferAsync(StatusClaim claim, string? problem, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (claim.Attempts >= options.Value.MaxAttempts)
        {
            logger.LogWarning("Status post for {ProjectId} ({WeekKey}) given up after {Attempts} attempts: {Problem}", claim.ProjectId, claim.WeekKey, claim.Attempts, problem);
            await FinishAsync(claim with { State = StatusClaimState.Abandoned, Outcome = "Failed" }, cancellationToken);
            return StatusPostOutcome.Failed;
        }

        // Back off per attempt: 1, 2, 4, 8 ... minutes.
        var retryAt = now + TimeSpan.FromMinutes(Math.Pow(2, claim.Attempts - 1));
        await claims.SaveAsync(claim with { LeaseUntil = retryAt, Outcome = "Failed" }, cancellationToken);
        return StatusPostOutcome.Failed;
    }

    private async Task FinishAsync(StatusClaim claim, CancellationToken cancellationToken)
    {
        if (!await claims.SaveAsync(claim, cancellationToken))
        {
            logger.LogWarning("Claim of {ProjectId} ({WeekKey}) was taken over before it could be closed", claim.ProjectId, claim.WeekKey);
        }

        await claims.RemovePendingAsync(claim.ProjectId, claim.WeekKey, cancellationToken);
    }
}
