using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Kvu.Bot.Bench;

/// <summary>
/// ./bench.sh: Kvu.Bot in this process (its own Program on Kestrel, loopback HTTP), state in Azurite, replies to a
/// fake Bot Connector; prints one table and, with --record FILE, appends it to FILE with the date and machine.
///   --seconds N   measured seconds per load level (default 4), after --warmup N seconds (default 1)
///   --paced N     the target row: N turns/s offered by 100 conversations (default 1000)
///   --variants Echo,KvuMemory,KvuTables and --levels 1,10,100 to run a part (profiling)
///   --rows 3,4,5  only these rows of the table (1 and 2 are the turn runs, 3 the approval burst, 4 and 5 the weekly fan-out,
///                 6 the plan of a project with 100 measures, 7 the dashboard tab, 8 writing the voortgangsrapportage,
///                 9 the weekly status with 40 measures due)
/// </summary>
internal static class Bench
{
    private const double BytesPerMiB = 1024 * 1024;

    private static readonly int[] Concurrency = [1, 10, 100];

    /// <summary>The target's load: 1,000 turns/s offered by 100 conversations, each waiting for its answer.</summary>
    private const int PacedConversations = 100;
    private const double PacedTurnsPerSecond = 1000;

    public static async Task<int> Main(string[] args)
    {
        var measure = TimeSpan.FromSeconds(Option(args, "--seconds", 4));
        var warmUp = TimeSpan.FromSeconds(Option(args, "--warmup", 1));
        var record = Text(args, "--record");
        var variants = Text(args, "--variants")?.Split(',').Select(Enum.Parse<BotVariant>).ToArray()
            ?? [BotVariant.Echo, BotVariant.KvuMemory, BotVariant.KvuTables];
        var levels = Text(args, "--levels")?.Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray() ?? Concurrency;
        var paced = Option(args, "--paced", PacedTurnsPerSecond);
        var only = Text(args, "--rows")?.Split(',').ToHashSet(StringComparer.Ordinal);
        bool Row(string id) => only is null || only.Contains(id);
        var loads = levels.Select(c => new Load(c, null)).Append(new Load(PacedConversations, paced)).ToArray();
        var root = RepositoryRoot();
        var machine = MachineInfo.Read();
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Kvu.Bot bench, {startedAt:yyyy-MM-dd HH:mm} UTC on {machine}");
        Console.WriteLine("The machine is shared (other engineers run tests on it): numbers are noisy; compare rows of one run.");

        using var azurite = await AzuriteProcess.StartAsync(root);
        await using var connector = await CountingBotConnector.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        })
        { Timeout = TimeSpan.FromSeconds(30) };

        var rows = new List<BenchRow>();
        var results = new Dictionary<(BotVariant, Load), LoadResult>();
        var storage = new Dictionary<Load, (double RequestsPerTurn, double StorageMsPerTurn, double AzuriteCpuMsPerTurn)>();

        // One untimed pass first: the JIT's tiers settle on code all variants share (Kestrel, the SDK, Newtonsoft),
        // so that the first variant measured is not the one that pays for it.
        if (!Row("1") && !Row("2"))
        {
            variants = [];
        }

        foreach (var variant in variants)
        {
            await using var bot = BenchBot.Start(azurite.ConnectionString, variant);
            await new TurnLoad(client, bot.MessagesUrl, connector.ServiceUrl).RunAsync(10, TimeSpan.Zero, TimeSpan.FromSeconds(2), () => { });
        }

        double turnsPeakRss;
        await using (var rss = new RssSampler())
        {
            foreach (var variant in variants)
            {
                await using var bot = BenchBot.Start(azurite.ConnectionString, variant);
                foreach (var loadLevel in loads)
                {
                    var conversations = loadLevel.Conversations;
                    var sentBefore = connector.Sent;
                    var azuriteCpuBefore = ProcessCpu.Of(azurite.ProcessId);
                    var load = new TurnLoad(client, bot.MessagesUrl, connector.ServiceUrl);
                    var result = await load.RunAsync(conversations, warmUp, measure, bot.TableRequests.Reset, loadLevel.OfferedPerSecond);
                    results[(variant, loadLevel)] = result;
                    var turns = result.FirstTurns + result.OrdinaryTurns;
                    var lostReplies = turns - (connector.Sent - sentBefore);
                    if (variant == BotVariant.KvuTables)
                    {
                        storage[loadLevel] = (
                            (double)bot.TableRequests.Requests / result.OrdinaryTurns,
                            bot.TableRequests.Elapsed.TotalMilliseconds / result.OrdinaryTurns,
                            (ProcessCpu.Of(azurite.ProcessId) - azuriteCpuBefore).TotalMilliseconds / turns);
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {variant,-9} {loadLevel,-26}: {result.Measured.PerSecond,7:0} turns/s, p50 {result.Measured.P50Ms:0.0} p95 {result.Measured.P95Ms:0.0} p99 {result.Measured.P99Ms:0.0} ms, CPU {result.CpuMsPerTurn:0.00} ms/turn, failed {result.Measured.Failed}, replies lost {lostReplies}"));
                    rows.Add(TurnRow(variant, loadLevel, result, results, storage, lostReplies));
                }
            }

            turnsPeakRss = rss.PeakMiB;
        }

        if (storage.Count > 0)
        {
            var worst = storage.Values.Max(v => v.RequestsPerTurn);
            rows.Add(new BenchRow(
                "2", "Table requests per ordinary turn (counted in the Table client's pipeline)",
                string.Join(" / ", storage.Keys),
                Other: string.Join(" / ", storage.Values.Select(v => v.RequestsPerTurn.ToString("0.00", CultureInfo.InvariantCulture))),
                Target: "≤ 2 (one read, one conditional write)",
                Met: worst <= 2 ? "yes" : "NO"));
        }

        if (Row("3"))
        {
            await using var bot = BenchBot.Start(azurite.ConnectionString, BotVariant.KvuTables);
            rows.Add(ApprovalBurst.Driver is { } burst ? await ApprovalBurst.RunAsync(client, bot, burst, connector.ServiceUrl) : ApprovalBurst.NotMeasuredYet());
        }

        double? fanOutPeakRss = null;
        if ((Row("4") || Row("5")) && WeeklyFanOut.Driver is { } driver)
        {
            var (fanOutRow, peak) = await WeeklyFanOut.RunAsync(azurite.ConnectionString, azurite.ProcessId, driver);
            rows.Add(fanOutRow);
            fanOutPeakRss = peak;
        }
        else if (Row("4"))
        {
            rows.Add(WeeklyFanOut.NotMeasuredYet());
        }

        if (Row("4"))
        {
            rows.Add(await ConnectorSelfCheck.RunAsync(azurite.ConnectionString));
        }

        if (Row("5"))
        {
            rows.Add(new BenchRow(
                "5", "peak RSS of the bench process (bot + fake connector + load, in-process)",
                Other: string.Create(CultureInfo.InvariantCulture,
                    $"during the turn runs {(variants.Length == 0 ? "—" : turnsPeakRss.ToString("0", CultureInfo.InvariantCulture))} MiB (lifetime high-water {ProcessMemory.PeakRssMiB():0} MiB, server GC); Azurite (separate node process) {ProcessMemory.RssMiB(azurite.ProcessId):0} MiB; during fan-out {(fanOutPeakRss is { } f ? $"{f:0} MiB = {f * BytesPerMiB / 1e6:0} MB" : "not measured")}"),
                Target: "< 300 MB during fan-out",
                Met: fanOutPeakRss is { } rss5 ? (rss5 * BytesPerMiB / 1e6 < 300 ? "yes" : "NO") : "—"));
        }

        if (Row("6"))
        {
            await using var bot = BenchBot.Start(azurite.ConnectionString, BotVariant.KvuTables);
            rows.AddRange(await PlanScale.RunAsync(client, bot, connector.ServiceUrl));
        }

        if (Row("7"))
        {
            await using var bot = BenchBot.Start(azurite.ConnectionString, BotVariant.KvuTables);
            rows.AddRange(await DashboardTab.RunAsync(client, bot, connector.ServiceUrl, warmUp, measure));
        }

        if (Row("8"))
        {
            rows.Add(ReportGeneration.Run());
        }

        if (Row("9"))
        {
            await using var bot = BenchBot.Start(azurite.ConnectionString, BotVariant.KvuTables);
            rows.AddRange(await WeeklyMeasures.RunAsync(bot, connector.ServiceUrl));
        }

        var table = ResultTable.Render(rows);
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"### {startedAt:yyyy-MM-dd HH:mm} UTC")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}; load average at the end {MachineInfo.LoadAverageNow()}. Shared with other engineers' test runs: noisy.")
            .AppendLine(CultureInfo.InvariantCulture, $"Per load level: {warmUp.TotalSeconds:0} s warm-up, {measure.TotalSeconds:0} s measured; bench took {clock.Elapsed.TotalSeconds:0} s.")
            .AppendLine()
            .Append(table)
            .ToString();
        Console.WriteLine();
        Console.Write(report);
        if (record is not null)
        {
            await File.AppendAllTextAsync(record, Environment.NewLine + report);
            Console.WriteLine($"Recorded in {record}");
        }

        return 0;
    }

    public static string Ms(double milliseconds) => double.IsNaN(milliseconds) ? "—" : milliseconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static BenchRow TurnRow(
        BotVariant variant,
        Load load,
        LoadResult result,
        IReadOnlyDictionary<(BotVariant, Load), LoadResult> results,
        IReadOnlyDictionary<Load, (double RequestsPerTurn, double StorageMsPerTurn, double AzuriteCpuMsPerTurn)> storage,
        long lostReplies)
    {
        var stats = result.Measured;
        var scenario = variant switch
        {
            BotVariant.Echo => "1 echo bot, state in memory (baseline)",
            BotVariant.KvuMemory => "1 Kvu.Bot turn, state in memory",
            _ => "1 Kvu.Bot turn, state in Azurite",
        };
        var other = new List<string> { string.Create(CultureInfo.InvariantCulture, $"CPU {result.CpuMsPerTurn:0.00} ms/turn (bench process)") };
        if (stats.Failed > 0 || lostReplies != 0)
        {
            other.Add($"failed {stats.Failed}, replies lost {lostReplies}");
        }

        var target = string.Empty;
        var met = string.Empty;
        if (variant != BotVariant.Echo && results.TryGetValue((BotVariant.Echo, load), out var echo))
        {
            var p50Ratio = stats.P50Ms / echo.Measured.P50Ms;
            var p99Ratio = stats.P99Ms / echo.Measured.P99Ms;
            other.Add(string.Create(CultureInfo.InvariantCulture, $"vs echo: p50 {p50Ratio:0.0}×, p99 {p99Ratio:0.0}×, turns/s {stats.PerSecond / echo.Measured.PerSecond:0.00}×"));
            if (variant == BotVariant.KvuTables && storage.TryGetValue(load, out var tables))
            {
                other.Add(string.Create(CultureInfo.InvariantCulture, $"{tables.StorageMsPerTurn:0.0} ms/turn waiting on Table calls, Azurite CPU {tables.AzuriteCpuMsPerTurn:0.00} ms/turn"));
            }

            if (variant == BotVariant.KvuTables && load.OfferedPerSecond is not null)
            {
                // Turns completed in the window come out a little under the offered rate at the window's edges.
                target = "≥ 1,000 turns/s (≥ 99% of offered), p99 < 50 ms, p50 and p99 ≤ 2× echo";
                met = load.OfferedPerSecond >= 1000 && stats.PerSecond >= 0.99 * load.OfferedPerSecond && stats.P99Ms < 50 && p50Ratio <= 2 && p99Ratio <= 2 ? "yes" : "NO";
            }
        }

        return new BenchRow(
            "1",
            scenario,
            load.ToString(),
            stats.PerSecond.ToString("0", CultureInfo.InvariantCulture),
            Ms(stats.P50Ms),
            Ms(stats.P95Ms),
            Ms(stats.P99Ms),
            string.Join("; ", other),
            target,
            met);
    }

    /// <param name="OfferedPerSecond">Null: closed loop, every conversation sends again as soon as answered.</param>
    private sealed record Load(int Conversations, double? OfferedPerSecond)
    {
        public override string ToString() => OfferedPerSecond is double rate
            ? string.Create(CultureInfo.InvariantCulture, $"{Conversations} conv., {rate:N0}/s offered")
            : $"{Conversations} conv.";
    }

    private static double Option(string[] args, string name, double fallback) =>
        Text(args, name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Kvu.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Kvu.sln not found above the working directory: run ./bench.sh from the repository.");
    }
}
