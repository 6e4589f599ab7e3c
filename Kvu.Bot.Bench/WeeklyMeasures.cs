using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kvu.Bot.Common;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Bench;

/// <summary>
/// Row 9, the weekly status of a project in the Uitvoering with 40 measures due this week, 3 over tijd and 5 done since
/// the previous post (issue 17): one project's post built and sent to its channel through the fake connector, as the
/// scheduler's delivery does it (StatusDelivery, the report's facts read for this post). Time per post and Table requests
/// per post, against the same project in the Convenant phase (the measures are not read there), after untimed posts
/// that warm the JIT; and the size of the card against Teams' 28 KB.
/// </summary>
internal static class WeeklyMeasures
{
    private const int Due = 40;
    private const int Overdue = 3;
    private const int Done = 5;
    private const int WarmUpPosts = 5;
    private const int MeasuredPosts = 40;

    public static async Task<IReadOnlyList<BenchRow>> RunAsync(BenchBot bot, string serviceUrl)
    {
        var services = bot.Services;
        var now = DateTimeOffset.UtcNow;
        var rows = new List<BenchRow>();
        foreach (var phase in new[] { KvuPhase.Uitvoering, KvuPhase.Convenant })
        {
            var project = await SeedAsync(services, serviceUrl, phase, now);
            var delivery = services.GetRequiredService<StatusDelivery>();
            for (var i = 0; i < WarmUpPosts; i++)
            {
                await delivery.DeliverAsync(project.TenantId, project.Id, now, now.AddDays(-7), tenant: null, default);
            }

            bot.TableRequests.Reset();
            var latencies = new List<double>();
            var failed = 0;
            for (var i = 0; i < MeasuredPosts; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await delivery.DeliverAsync(project.TenantId, project.Id, now, now.AddDays(-7), tenant: null, default);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                failed += result.Outcome == Conversations.SendOutcome.Sent ? 0 : 1;
            }

            var perPost = (double)bot.TableRequests.Requests / MeasuredPosts;
            var card = await services.GetRequiredService<ReportBuilder>().BuildAsync(
                new ReportContext(project, ReportKind.Weekly, now.AddDays(-7), now, CultureInfo.GetCultureInfo("nl-NL")), null, default);
            var bytes = Encoding.UTF8.GetByteCount(card.ToJsonString());
            var stats = LatencyStats.From(latencies, failed, TimeSpan.FromSeconds(1));
            rows.Add(new BenchRow(
                "9", phase == KvuPhase.Uitvoering
                    ? $"weekly status, project in the Uitvoering: {Due} measures due, {Overdue} over tijd, {Done} done"
                    : $"the same post in the Convenant phase (measures not read)",
                Load: $"1 project, {MeasuredPosts} posts one after another",
                P50: Bench.Ms(stats.P50Ms), P95: Bench.Ms(stats.P95Ms), P99: Bench.Ms(stats.P99Ms),
                Other: string.Create(CultureInfo.InvariantCulture, $"{perPost:0.00} Table requests per post; card {bytes / 1024.0:0.0} KB; failed {failed}"),
                Target: phase == KvuPhase.Uitvoering ? "card < 28 KB, p99 < 1,000 ms" : string.Empty,
                Met: phase == KvuPhase.Uitvoering ? (failed == 0 && bytes < ReportCard.MaxBytes - 2048 && stats.P99Ms < 1000 ? "yes" : "NO") : string.Empty));
        }

        return rows;
    }

    private static async Task<KvuProject> SeedAsync(IServiceProvider services, string serviceUrl, KvuPhase phase, DateTimeOffset now)
    {
        var marieke = new PersonRef("Marieke Bos", Guid.NewGuid().ToString(), "marieke.bos@zwolle.nl");
        var channel = TeamsActivity.NewChannelConversationId();
        var project = KvuProject.Create("p-" + Guid.NewGuid().ToString("N"), TeamsActivity.TenantId, "Zwolle", "Binnenstad Zwolle", marieke, now.AddYears(-2));
        project.SetProjectleider(marieke, ProjectleiderOrigin.Gemeente, null, marieke, now.AddYears(-2));
        project.LinkChannel(channel, "19:team@thread.tacv2", "Werkgroep KVU", "KVU Zwolle", marieke, now.AddYears(-2));
        project.MovePhase(project.Phase, phase, project.Round, "bench v1", marieke, now.AddMonths(-6));
        var ids = Enumerable.Range(1, Due + Overdue + Done).Select(i => project.CountMeasure($"Maatregel {i}", marieke, now.AddMonths(-7))).ToList();
        await services.GetRequiredService<ProjectStore>().CreateAsync(project, default);
        await services.GetRequiredService<ConversationStore>().SaveAsync(new ConversationAddress(
            TeamsActivity.TenantId, channel, ConversationKind.Channel, serviceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName,
            "19:team@thread.tacv2", "Werkgroep KVU", "KVU Zwolle", now), default);
        var measures = services.GetRequiredService<MeasureStore>();
        var progress = services.GetRequiredService<ProgressStore>();
        var today = DutchTime.Date(now);
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var end = i < Due ? today.AddDays(1 + (i % 6)) : i < Due + Overdue ? today.AddDays(-10 - i) : today.AddMonths(2);
            await measures.AddAsync(project, new Measure
            {
                ProjectId = project.Id, Id = id, Title = $"Maatregel {i + 1}: extra toezicht en gastheren op de Grote Markt in de weekendnachten",
                GoalId = null, KnelpuntId = "k1", Party = i % 3 == 0 ? "Gemeente Zwolle" : i % 3 == 1 ? "Politie" : "KHN Zwolle",
                Owner = new PersonRef($"Eigenaar {i % 9}", null, null), Start = today.AddMonths(-6), End = end,
                Beslismoment = today.AddMonths(-3), Decider = "de werkgroep", ChangedBy = marieke, ChangedAt = now.AddMonths(-7),
            }, default);
            await progress.SetAsync(project, id, i >= Due + Overdue ? MeasureState.Gereed : MeasureState.Loopt, "Loopt volgens plan", now.AddDays(-2), default);
        }

        return project;
    }
}
