using System.Diagnostics;
using System.Globalization;
using Kvu.Bot.Approvals;
using Kvu.Bot.Dashboard;
using Kvu.Bot.Formation;
using Microsoft.Playwright;

namespace Kvu.Bot.Bench;

/// <summary>
/// Row 7, the dashboard tab (issue 18): its one API call (GET /api/dashboard/projects/{id}, signed in the local way)
/// against an ordinary bot turn at the same number of callers, each waiting for its answer, with the Table requests
/// per call; and the page's first render in Chromium (navigation start until the project's heading shows its name),
/// the median and worst of a few loads after one untimed load. The project is a full werkgroep: eleven seats, a
/// phase history, an open decision.
/// </summary>
internal static class DashboardTab
{
    private const int TargetRenderMs = 1000;
    private const int RenderLoads = 7;
    private const string Chromium = "/usr/bin/chromium";
    private static readonly int[] Callers = [1, 10];

    public static async Task<IReadOnlyList<BenchRow>> RunAsync(HttpClient client, BenchBot bot, string serviceUrl, TimeSpan warmUp, TimeSpan measure)
    {
        var (tenant, projectleider, projectId) = await SeedAsync(bot.Services);
        var root = new Uri(bot.MessagesUrl, "/");
        var api = new Uri(root, $"{DashboardEndpoints.ApiPath}/projects/{projectId}");
        var rows = new List<BenchRow>();
        foreach (var callers in Callers)
        {
            var turn = await new TurnLoad(client, bot.MessagesUrl, serviceUrl).RunAsync(callers, warmUp, measure, () => { });
            bot.TableRequests.Reset();
            var (tab, calls) = await LoadAsync(client, api, $"{tenant}/{projectleider}", callers, warmUp, measure);
            var requestsPerCall = (double)bot.TableRequests.Requests / calls;
            rows.Add(new BenchRow(
                "7", "dashboard tab: its one API call vs an ordinary bot turn",
                Load: $"{callers} caller{(callers == 1 ? "" : "s")}",
                TurnsPerSecond: tab.PerSecond.ToString("0", CultureInfo.InvariantCulture),
                P50: Bench.Ms(tab.P50Ms), P95: Bench.Ms(tab.P95Ms), P99: Bench.Ms(tab.P99Ms),
                Other: string.Create(CultureInfo.InvariantCulture,
                    $"bot turn p50 {Bench.Ms(turn.Measured.P50Ms)} p99 {Bench.Ms(turn.Measured.P99Ms)} ms; tab/turn p99 {tab.P99Ms / turn.Measured.P99Ms:0.0}×; {requestsPerCall:0.00} Table requests per call; failed {tab.Failed}"),
                Target: "≤ 6 Table requests (2 point reads, 4 partition queries), p99 ≤ 1.5× a bot turn's",
                Met: tab.Failed == 0 && requestsPerCall <= 6 && tab.P99Ms <= 1.5 * turn.Measured.P99Ms ? "yes" : "NO"));
        }

        rows.Add(await RenderAsync(new Uri(root, $"{DashboardEndpoints.PagePath}/?devUser={tenant}/{projectleider}")));
        return rows;
    }

    private static async Task<(LatencyStats Stats, int Calls)> LoadAsync(HttpClient client, Uri api, string devUser, int callers, TimeSpan warmUp, TimeSpan measure)
    {
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[callers];
        var failed = 0;
        var calls = 0;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = new List<double>(4096);
            while (Stopwatch.GetTimestamp() is var started && started < stopAt)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, api);
                request.Headers.Add(DashboardAuthentication.DevelopmentHeader, devUser);
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref calls);
                if (started < measureFrom)
                {
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })));
        return (LatencyStats.From([.. latencies.SelectMany(l => l)], failed, measure), calls);
    }

    private static async Task<BenchRow> RenderAsync(Uri page)
    {
        const string scenario = "dashboard tab: first render in Chromium (desktop, Dutch)";
        var target = $"< {TargetRenderMs:N0} ms";
        if (!File.Exists(Chromium))
        {
            return new BenchRow("7", scenario, Other: $"not measured: {Chromium} is missing (./test.sh installs it)", Target: target, Met: "—");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var times = new List<double>();
        for (var load = 0; load <= RenderLoads; load++)
        {
            // A new page each time, as Teams opens the tab: nothing of the last load in memory (the browser's HTTP
            // cache stays, as it does in Teams).
            var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, Locale = "nl-NL" });
            var started = Stopwatch.GetTimestamp();
            await tab.GotoAsync(page.ToString());
            await tab.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Zwolle – Binnenstad Zwolle" }).WaitForAsync();
            if (load > 0)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            await tab.CloseAsync();
        }

        var stats = LatencyStats.From(times, 0, TimeSpan.FromSeconds(1));
        return new BenchRow(
            "7", scenario, Load: $"{RenderLoads} loads",
            P50: Bench.Ms(stats.P50Ms), P99: Bench.Ms(stats.MaxMs),
            Other: "p99 column: the slowest load; from navigation start until the heading names the project (page, script, API call, render)",
            Target: target, Met: stats.MaxMs < TargetRenderMs ? "yes" : "NO");
    }

    /// <summary>A tenant of its own with a full werkgroep; returns the projectleider's object id for the sign-in.</summary>
    private static async Task<(string Tenant, string Projectleider, string ProjectId)> SeedAsync(IServiceProvider services)
    {
        var tenant = Guid.NewGuid().ToString();
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
        var marieke = new PersonRef("Marieke Bos", Guid.NewGuid().ToString(), "marieke.bos@zwolle.nl");
        var project = KvuProject.Create("p-" + Guid.NewGuid().ToString("N"), tenant, "Zwolle", "Binnenstad Zwolle", marieke, start);
        project.SetProjectleider(marieke, ProjectleiderOrigin.Gemeente, null, marieke, start);
        var seats = new[]
        {
            WerkgroepRole.Gemeente, WerkgroepRole.Politie, WerkgroepRole.Brandweer, WerkgroepRole.KhnAfdelingsbestuur,
            WerkgroepRole.HorecaOndernemer, WerkgroepRole.HorecaOndernemer, WerkgroepRole.HorecaOndernemer,
            WerkgroepRole.HorecaOndernemer, WerkgroepRole.HorecaOndernemer, WerkgroepRole.HorecaOndernemer, WerkgroepRole.HorecaOndernemer,
        };
        var voters = new List<Voter> { new(marieke.AadObjectId!, marieke.DisplayName, "pl") };
        for (var i = 0; i < seats.Length; i++)
        {
            var person = new PersonRef($"Lid {i + 1}", Guid.NewGuid().ToString(), $"lid{i + 1}@zwolle.example");
            var member = project.AddMember(seats[i], person, seats[i] == WerkgroepRole.HorecaOndernemer ? $"Café {i + 1}" : null, marieke, start.AddDays(1));
            project.SetMandate(member.Id, Mandate.CanDecide, marieke, start.AddDays(2));
            project.SetMemberStatus(member.Id, MemberStatus.Accepted, marieke, start.AddDays(3));
            voters.Add(new Voter(person.AadObjectId!, person.DisplayName, member.Id));
        }

        project.MovePhase(KvuPhase.Initiatief, KvuPhase.Veiligheidsanalyse, 1, "bench v1", marieke, start.AddDays(20));
        await services.GetRequiredService<ProjectStore>().CreateAsync(project, default);
        await services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(tenant, marieke.AadObjectId!, project.Id, project.Gemeente, project.Uitgaansgebied, ProjectAccessRole.Projectleider, start), default);
        var approvals = services.GetRequiredService<ApprovalStore>();
        await approvals.UpdateDecisionAsync(new ProjectKey(tenant, project.Id), GroupDecisionKind.Samenstelling, _ => new GroupDecision
        {
            ProjectId = project.Id,
            TenantId = tenant,
            Kind = GroupDecisionKind.Samenstelling,
            ProjectName = "Zwolle – Binnenstad Zwolle",
            Items = [.. project.Members.Select(m => $"{m.Role}: {m.Person.DisplayName}")],
            Voters = voters,
            StartedBy = marieke.AadObjectId!,
            UpdatedAt = start.AddDays(21),
        }, inLineWith: null, by: null, default);
        foreach (var voter in voters.Take(6))
        {
            await approvals.RecordAsync(project.Id, new ApprovalResponse("samenstelling", 1, voter.AadObjectId, voter.DisplayName, ApprovalAnswer.Agree, null, start.AddDays(21)), default);
        }

        return (tenant, marieke.AadObjectId!, project.Id);
    }
}
