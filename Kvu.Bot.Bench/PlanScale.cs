using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Bench;

/// <summary>
/// Row 6, a KVU in its later years (issue 16): a project with 200 schouw findings, 100 measures, 10 goals and 12
/// knelpunten; the projectleider asks for the plan card (`plan`) and the measures per goal (`maatregelen`) in her own
/// chat, one turn after the other as a user does. Measures p99 per command and the Table requests per turn (counted in
/// the Table client's pipeline), after untimed turns that warm the JIT.
/// </summary>
internal static class PlanScale
{
    private const int Findings = 200;
    private const int Measures = 100;
    private const int Goals = 10;
    private const int Knelpunten = 12;
    private const int WarmUpTurns = 5;
    private const int MeasuredTurns = 40;

    public static async Task<IReadOnlyList<BenchRow>> RunAsync(HttpClient client, BenchBot bot, string serviceUrl)
    {
        var projectleider = new TeamsActivity.User("29:1" + Guid.NewGuid().ToString("N"), "Marieke Bos", Guid.NewGuid().ToString());
        await SeedAsync(bot.Services, projectleider);
        var teams = new TeamsActivity(serviceUrl);
        var conversation = TeamsActivity.NewPersonalConversationId();
        var rows = new List<BenchRow>();
        foreach (var command in new[] { "plan", "maatregelen" })
        {
            for (var i = 0; i < WarmUpTurns; i++)
            {
                await SendAsync(client, bot.MessagesUrl, teams.PersonalMessage(conversation, command, from: projectleider).ToJsonString());
            }

            bot.TableRequests.Reset();
            var latencies = new List<double>();
            var failed = 0;
            for (var i = 0; i < MeasuredTurns; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, bot.MessagesUrl, teams.PersonalMessage(conversation, command, from: projectleider).ToJsonString());
                if (ok)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    failed++;
                }
            }

            var stats = LatencyStats.From(latencies, failed, TimeSpan.FromSeconds(1));
            var perTurn = (double)bot.TableRequests.Requests / MeasuredTurns;
            rows.Add(new BenchRow(
                "6", $"`{command}` of a project with {Measures} measures, {Findings} findings",
                Load: $"1 user, {MeasuredTurns} turns",
                P50: Bench.Ms(stats.P50Ms), P95: Bench.Ms(stats.P95Ms), P99: Bench.Ms(stats.P99Ms),
                Other: string.Create(CultureInfo.InvariantCulture, $"{perTurn:0.00} Table requests per turn; failed {failed}"),
                Target: "p99 < 1,000 ms",
                Met: failed == 0 && stats.P99Ms < 1000 ? "yes" : "NO"));
        }

        return rows;
    }

    private static async Task<bool> SendAsync(HttpClient client, Uri messagesUrl, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(messagesUrl, content);
        return response.IsSuccessStatusCode;
    }

    private static async Task SeedAsync(IServiceProvider services, TeamsActivity.User user)
    {
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
        var marieke = new PersonRef(user.Name, user.AadObjectId, "marieke.bos@zwolle.nl");
        var project = KvuProject.Create("p-" + Guid.NewGuid().ToString("N"), TeamsActivity.TenantId, "Zwolle", "Binnenstad Zwolle", marieke, start);
        project.SetProjectleider(marieke, ProjectleiderOrigin.Gemeente, null, marieke, start);
        project.MovePhase(KvuPhase.Initiatief, KvuPhase.Veiligheidsanalyse, 1, "bench v1", marieke, start.AddDays(20));
        var knelpunten = Enumerable.Range(1, Knelpunten)
            .Select(i => project.AddKnelpunt(Enum.GetValues<KnelpuntTheme>()[i % Enum.GetValues<KnelpuntTheme>().Length], $"Knelpunt {i} in de binnenstad", SourceKind.Politiecijfers, marieke, start.AddDays(30)))
            .ToList();
        var goals = Enumerable.Range(1, Goals).Select(i =>
        {
            var indicator = project.SetIndicator($"Indicator {i}", 10 + i, new DateOnly(2026, 3, 1), marieke, start.AddDays(31));
            return project.SetGoal($"Doel {i}: minder incidenten", indicator.Name, 5 + i, new DateOnly(2028, 12, 31), marieke, start.AddDays(32), [knelpunten[i % Knelpunten].Id]);
        }).ToList();
        var findingIds = Enumerable.Range(1, Findings).Select(i => project.CountFinding(i % 2 == 0 ? DayPart.Nacht : DayPart.Dag, marieke, start.AddDays(40))).ToList();
        var measureIds = Enumerable.Range(1, Measures).Select(i => project.CountMeasure($"Maatregel {i}", marieke, start.AddDays(50))).ToList();
        await services.GetRequiredService<ProjectStore>().CreateAsync(project, default);
        await services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TeamsActivity.TenantId, user.AadObjectId, project.Id, project.Gemeente, project.Uitgaansgebied, ProjectAccessRole.Projectleider, start), default);
        var findings = services.GetRequiredService<FindingStore>();
        foreach (var (id, i) in findingIds.Select((id, i) => (id, i)))
        {
            await findings.AddAsync(new SchouwFinding(project.Id, id, i % 2 == 0 ? DayPart.Dag : DayPart.Nacht, $"Plek {i % 17}", $"Bevinding {i}: te veel mensen voor de deur, glas op straat", marieke, start.AddDays(40)), default);
        }

        var measures = services.GetRequiredService<MeasureStore>();
        foreach (var (id, i) in measureIds.Select((id, i) => (id, i)))
        {
            await measures.AddAsync(project, new Measure
            {
                ProjectId = project.Id,
                Id = id,
                Title = $"Maatregel {i + 1}: extra toezicht",
                GoalId = goals[i % Goals].Id,
                Party = i % 3 == 0 ? "Gemeente Zwolle" : i % 3 == 1 ? "Politie" : "KHN Zwolle",
                Owner = new PersonRef($"Eigenaar {i % 9}", null, $"eigenaar{i % 9}@zwolle.example"),
                Start = new DateOnly(2027, 1, 1),
                End = new DateOnly(2027, 12, 31),
                Beslismoment = new DateOnly(2027, 7, 1),
                Decider = "de werkgroep",
                Budget = i % 4 == 0 ? 10000 + i : null,
                ChangedBy = marieke,
                ChangedAt = start.AddDays(50),
            }, default);
        }
    }
}
