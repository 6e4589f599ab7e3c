using Kvu.Bot.Conversations;
using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// One tenant's share of a scheduler run. Per week it reads the tenant's claims, last posts and (for more than a few
/// posts) channel addresses with one query each, then works through the due posts a hundred at a time: claim them in
/// a Table transaction, deliver several at once (the tenant's rate limiter spaces the sends), and close the posted
/// claims in a transaction. What per post is left is reading the project and its open decisions, and the send itself.
/// Posts that were not simply posted (throttled, failed, channel gone, given up) are settled one by one, as before.
/// </summary>
public sealed class StatusTenantPosts(
    StatusClaimStore claims,
    ConversationStore conversations,
    StatusDelivery delivery,
    ReportBuilder reports,
    IOptions<StatusPostOptions> options,
    ILogger<StatusTenantPosts> logger)
{
    /// <summary>Below this many posts, reading each project's channel address and report facts (its meetings) is cheaper than reading all of the tenant's.</summary>
    private const int BulkReadsFrom = 10;

    public async Task RunAsync(string tenantId, IReadOnlyList<StatusPending> posts, string owner, DateTimeOffset now, StatusRunTally tally, CancellationToken cancellationToken)
    {
        foreach (var week in posts.GroupBy(p => p.WeekKey).OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            await RunWeekAsync(tenantId, week.Key, [.. week.OrderBy(p => p.DueAt)], owner, now, tally, cancellationToken);
        }
    }

    private async Task RunWeekAsync(string tenantId, string weekKey, IReadOnlyList<StatusPending> posts, string owner, DateTimeOffset now, StatusRunTally tally, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, StatusClaim> existing;
        IReadOnlyDictionary<string, DateTimeOffset> lastPosted;
        StatusTenantReads? bulk = null;
        try
        {
            existing = await claims.ListWeekAsync(tenantId, weekKey, cancellationToken);
            lastPosted = await claims.LastPostedAsync(tenantId, weekKey, now, cancellationToken);
            if (posts.Count >= BulkReadsFrom)
            {
                var earliestSince = posts.Min(p => Since(lastPosted, p.ProjectId, now));
                bulk = new StatusTenantReads(
                    await conversations.ListChannelsAsync(tenantId, cancellationToken),
                    await reports.ReadTenantAsync(tenantId, earliestSince, now, cancellationToken));
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Unclaimed(failure, tenantId, weekKey, posts.Count, tally);
            return;
        }

        var done = new List<(string, string)>();
        var open = new List<(StatusClaim?, StatusPending)>();
        foreach (var post in posts)
        {
            var claim = existing.GetValueOrDefault(post.ProjectId);
            if (claim is { IsFinal: true })
            {
                done.Add((post.ProjectId, post.WeekKey)); // posted or given up: only a stale pending row is left
            }
            else if (claim is null || !claim.IsHeld(now))
            {
                open.Add((claim, post));
            }

            // else another instance holds it, or it waits for its retry time
        }

        tally.Add(StatusPostOutcome.Skipped, posts.Count - open.Count);
        foreach (var chunk in open.Chunk(StatusClaimStore.MaxBatch))
        {
            IReadOnlyList<StatusClaim> held;
            try
            {
                held = await claims.TakeAsync(chunk, owner, now, options.Value.Lease, cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                Unclaimed(failure, tenantId, weekKey, chunk.Length, tally);
                continue;
            }

            tally.Add(StatusPostOutcome.Skipped, chunk.Length - held.Count);

            var posted = new List<StatusClaim>();
            var inFlight = new ParallelOptions { MaxDegreeOfParallelism = options.Value.PostsInFlightPerTenant, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(held, inFlight, async (claim, token) =>
            {
                if (await PostAsync(claim, Since(lastPosted, claim.ProjectId, now), bulk, now, tally, token) is { } done)
                {
                    lock (posted)
                    {
                        posted.Add(done);
                    }
                }
            });

            await CloseAsync(posted, tally, cancellationToken);
        }

        try
        {
            await claims.RemovePendingAsync(done, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Harmless: a pending row of a finished post is cleared by a later run.
            logger.LogWarning(failure, "Pending rows of {Count} finished status posts of tenant {TenantId} were not cleared", done.Count, tenantId);
        }
    }

    /// <summary>Where a project's post starts its period: its last post, or a week back.</summary>
    private static DateTimeOffset Since(IReadOnlyDictionary<string, DateTimeOffset> lastPosted, string projectId, DateTimeOffset now) =>
        lastPosted.TryGetValue(projectId, out var at) ? at : now.AddDays(-7);

    /// <summary>Storage failed before these posts were claimed: they have no pending row, so their slots are scanned again next run.</summary>
    private void Unclaimed(Exception failure, string tenantId, string weekKey, int count, StatusRunTally tally)
    {
        logger.LogError(failure, "{Count} status posts of tenant {TenantId} for {WeekKey} failed before they were claimed", count, tenantId, weekKey);
        tally.Unclaimed(count);
    }

    /// <returns>The claim to close as posted; null when the post was settled otherwise.</returns>
    private async Task<StatusClaim?> PostAsync(StatusClaim claim, DateTimeOffset since, StatusTenantReads? bulk, DateTimeOffset now, StatusRunTally tally, CancellationToken cancellationToken)
    {
        try
        {
            if (claim.Attempts > options.Value.MaxAttempts)
            {
                await FinishAsync(claim with { State = StatusClaimState.Abandoned }, cancellationToken);
                tally.Add(StatusPostOutcome.Failed);
                return null;
            }

            var result = await delivery.DeliverAsync(claim.TenantId, claim.ProjectId, now, since, bulk, cancellationToken);
            tally.Throttled(result.Throttles);
            switch (result.Outcome)
            {
                case null:
                    await FinishAsync(claim with { State = StatusClaimState.Abandoned, Outcome = result.Problem }, cancellationToken);
                    tally.Add(StatusPostOutcome.Skipped);
                    return null;
                case SendOutcome.Sent:
                    return claim with { State = StatusClaimState.Posted, Outcome = nameof(SendOutcome.Sent), PostedAt = now };
                case SendOutcome.RecipientGone:
                    await FinishAsync(claim with { State = StatusClaimState.Abandoned, Outcome = result.Outcome.ToString() }, cancellationToken);
                    tally.Add(StatusPostOutcome.ChannelGone);
                    return null;
                case SendOutcome.Throttled:
                    // Keep the claim; the lease now ends when Teams lets us try again, and a later run retries.
                    await claims.SaveAsync(claim with { LeaseUntil = now + result.RetryAfter!.Value, Outcome = nameof(SendOutcome.Throttled) }, cancellationToken);
                    tally.Add(StatusPostOutcome.Deferred);
                    return null;
                default:
                    await DeferAsync(claim, result.Problem, now, cancellationToken);
                    tally.Add(StatusPostOutcome.Failed);
                    return null;
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The fan-out boundary: one project's storage or connector failure must not stop the other projects'
            // posts. The claim is retried through its pending row once the lease ends.
            logger.LogError(failure, "Status post for {ProjectId} ({WeekKey}) in tenant {TenantId} failed", claim.ProjectId, claim.WeekKey, claim.TenantId);
            tally.Add(StatusPostOutcome.Failed);
            return null;
        }
    }

    private async Task CloseAsync(IReadOnlyList<StatusClaim> posted, StatusRunTally tally, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var lost in await claims.FinishAsync(posted, cancellationToken))
            {
                logger.LogWarning("Claim of {ProjectId} ({WeekKey}) was taken over before it could be closed", lost.ProjectId, lost.WeekKey);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Posted, but not recorded: after the lease another run posts these again (see StatusPostRunner).
            logger.LogError(failure, "{Count} posted status claims of tenant {TenantId} could not be closed", posted.Count, posted.FirstOrDefault()?.TenantId);
        }

        tally.Add(StatusPostOutcome.Posted, posted.Count);
    }

    private async Task DeferAsync(StatusClaim claim, string? problem, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (claim.Attempts >= options.Value.MaxAttempts)
        {
            logger.LogWarning("Status post for {ProjectId} ({WeekKey}) given up after {Attempts} attempts: {Problem}", claim.ProjectId, claim.WeekKey, claim.Attempts, problem);
            await FinishAsync(claim with { State = StatusClaimState.Abandoned, Outcome = "Failed" }, cancellationToken);
            return;
        }

        // Back off per attempt: 1, 2, 4, 8 ... minutes.
        var retryAt = now + TimeSpan.FromMinutes(Math.Pow(2, claim.Attempts - 1));
        await claims.SaveAsync(claim with { LeaseUntil = retryAt, Outcome = "Failed" }, cancellationToken);
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
