using System.Diagnostics;
using System.Globalization;

namespace Kvu.Bot.Bench;

/// <summary>
/// Row 4: the weekly status post for 10,000 projects over 20 tenants, against <see cref="RateLimitedBotConnector"/>
/// (Teams' limits, 429 + Retry-After beyond them). Measures total time against the floor the limits allow
/// (500 posts per tenant at 50/s, tenants in parallel: 9 s), 429s received, and posts missing or doubled
/// (must be 0); row 5 reports the bench process's peak RSS during it.
///
/// The feature is driven by <see cref="StatusPostsFanOutDriver"/> (its stores, listener and StatusPostRunner).
/// </summary>
internal static class WeeklyFanOut
{
    public const int Projects = 10_000;
    public const int Tenants = 20;
    public const string Target = "≤ 1.1× floor, 0 missing, 0 doubled";

    public static IWeeklyFanOutDriver? Driver => new StatusPostsFanOutDriver();

    public static BenchRow NotMeasuredYet() => new(
        "4", $"weekly fan-out, {Projects:N0} projects / {Tenants} tenants", Other: "not measured yet (weekly status not landed)",
        Target: Target, Met: "—");

    public static async Task<(BenchRow Row, double PeakRssMiB)> RunAsync(string storageConnectionString, int azuriteProcessId, IWeeklyFanOutDriver driver)
    {
        var plan = FanOutPlan.Create(Projects, Tenants);
        await using var connector = await RateLimitedBotConnector.StartAsync();
        await using var bot = BenchBot.Start(storageConnectionString, BotVariant.KvuTables);
        var seeding = Stopwatch.GetTimestamp();
        await driver.SeedAsync(bot.Services, plan, connector.ServiceUrl, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fan-out: seeded {plan.Projects.Count:N0} projects in {Stopwatch.GetElapsedTime(seeding).TotalSeconds:0.0} s"));

        bot.TableRequests.Reset();

        // Seeding (the bench writing 10,000 projects, not the bot's weekly run) leaves the GC's heaps grown; give that
        // memory back first, so that the peak below is what the weekly run itself needs.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  fan-out: before the run RSS {ProcessMemory.RssMiB():0} MiB, managed heap {gc.HeapSizeBytes / 1048576.0:0} MiB ({gc.TotalCommittedBytes / 1048576.0:0} MiB committed), {System.Threading.ThreadPool.ThreadCount} pool threads"));
        await using var rss = new RssSampler();
        var throttledBefore = connector.Throttled;
        var acceptedBefore = connector.Accepted;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var azuriteCpu = ProcessCpu.Of(azuriteProcessId);
        var started = Stopwatch.GetTimestamp();
        await driver.RunAsync(bot.Services, CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(started);
        gc = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  fan-out: after the run managed heap {gc.HeapSizeBytes / 1048576.0:0} MiB ({gc.TotalCommittedBytes / 1048576.0:0} MiB committed), {System.Threading.ThreadPool.ThreadCount} pool threads"));
        benchCpu = Process.GetCurrentProcess().TotalProcessorTime - benchCpu;
        azuriteCpu = ProcessCpu.Of(azuriteProcessId) - azuriteCpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fan-out: {connector.Accepted - acceptedBefore:N0} posts accepted in {elapsed.TotalSeconds:0.0} s, {connector.Throttled - throttledBefore} 429s, {bot.TableRequests.Requests:N0} Table requests; CPU: bench process {benchCpu.TotalSeconds:0.0} s, Azurite {azuriteCpu.TotalSeconds:0.0} s"));

        Console.WriteLine("  fan-out Table requests: " + string.Join(", ", bot.TableRequests.ByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value:N0}")));
        var posts = connector.PostsPerConversation();
        var planned = plan.Projects.Select(p => p.ChannelConversationId).ToHashSet(StringComparer.Ordinal);
        var accepted = posts.Where(p => planned.Contains(p.Key)).Sum(p => (long)p.Value);
        var missing = plan.Projects.Count(p => !posts.ContainsKey(p.ChannelConversationId));
        var doubled = posts.Values.Count(n => n > 1);
        var withoutCard = connector.Accepted - connector.Cards;
        var requestsPerPost = (double)bot.TableRequests.Requests / Math.Max(1, accepted);
        var floor = RateLimitedBotConnector.Floor(plan.PostsPerTenant, plan.PostsPerConversation);
        var ratio = elapsed / floor;
        var met = ratio <= 1.1 && missing == 0 && doubled == 0 && withoutCard == 0;
        var row = new BenchRow("4", $"weekly fan-out, {Projects:N0} projects / {Tenants} tenants", $"{plan.Projects.Count:N0} posts", "—", "—", "—", "—",
            string.Create(CultureInfo.InvariantCulture,
                $"{elapsed.TotalSeconds:0.0} s vs floor {floor.TotalSeconds:0.0} s ({ratio:0.00}×); 429s {connector.Throttled - throttledBefore}; missing {missing}; doubled {doubled}; without card {withoutCard}; {requestsPerPost:0.00} Table requests per post; CPU per post: bench process {benchCpu.TotalMilliseconds / Math.Max(1, accepted):0.00} ms, Azurite {azuriteCpu.TotalMilliseconds / Math.Max(1, accepted):0.00} ms"),
            Target, met ? "yes" : "NO");
        return (row, rss.PeakMiB);
    }
}

/// <summary>What the weekly status feature supplies for <see cref="WeeklyFanOut"/>.</summary>
internal interface IWeeklyFanOutDriver
{
    /// <summary>Puts the plan's projects and their channel addresses (serviceUrl = the fake connector) in the bot's stores.</summary>
    Task SeedAsync(IServiceProvider bot, FanOutPlan plan, string serviceUrl, CancellationToken cancellationToken);

    /// <summary>Runs one week's status posts to completion, as the feature's scheduler would.</summary>
    Task RunAsync(IServiceProvider bot, CancellationToken cancellationToken);
}
