using System.Collections.Concurrent;
using Kvu.Bot.Conversations;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>The per-tenant gate every proactive post goes through, on a fake clock: what Teams would count.</summary>
public sealed class TenantRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task A_tenant_gets_a_seconds_worth_of_posts_at_once_and_never_more_than_the_limit_in_any_second()
    {
        var clock = new FakeTimeProvider(Start);
        var limiter = new TenantRateLimiter(clock, Options.Create(new ProactiveOptions { TenantRequestsPerSecond = 50 }));
        var sends = new ConcurrentDictionary<string, ConcurrentBag<DateTimeOffset>>();

        var waits = Enumerable.Range(0, 120).Select(i => (Tenant: i < 110 ? "gemeente-zwolle" : "gemeente-deventer", Index: i))
            .Select(async post =>
            {
                await limiter.WaitAsync(post.Tenant, maxWait: null, CancellationToken.None);
                sends.GetOrAdd(post.Tenant, _ => []).Add(clock.GetUtcNow());
            }).ToList();
        await clock.DriveAsync(Task.WhenAll(waits), Step, Pause);

        var zwolle = sends["gemeente-zwolle"].Order().ToList();
        Assert.Equal(110, zwolle.Count);
        Assert.Equal(50, zwolle.Count(t => t == Start));
        for (var i = 50; i < zwolle.Count; i++)
        {
            Assert.True(zwolle[i] - zwolle[i - 50] >= TimeSpan.FromSeconds(1), $"post {i + 1} went out {zwolle[i] - zwolle[i - 50]} after post {i - 49}");
        }

        // 110 posts: two full windows and ten more, not 110 posts spread evenly over 2.2 s and not a second later.
        Assert.InRange(zwolle[^1] - Start, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.3));

        // Another tenant has its own gate: its posts went out at once.
        Assert.All(sends["gemeente-deventer"], t => Assert.Equal(Start, t));
    }

    [Fact]
    public async Task After_a_429_nothing_goes_to_that_tenant_until_Retry_After_has_passed()
    {
        var clock = new FakeTimeProvider(Start);
        var limiter = new TenantRateLimiter(clock, Options.Create(new ProactiveOptions { TenantRequestsPerSecond = 50 }));
        limiter.Block("gemeente-zwolle", TimeSpan.FromSeconds(3));

        var sentAt = DateTimeOffset.MinValue;
        await clock.DriveAsync(limiter.WaitAsync("gemeente-zwolle", maxWait: null, CancellationToken.None).ContinueWith(_ => sentAt = clock.GetUtcNow(), TaskScheduler.Default), Step, Pause);

        Assert.InRange(sentAt - Start, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.1));
    }
}
