using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Cycle;

/// <summary>
/// The Evaluatie's checklist judges itself from what the werkgroep entered, through /api/messages on Azurite: every
/// indicator measured again after its nulmeting, a verdict for every goal, and the success factors scored in the
/// evaluation of the cooperation, closed; none of them is ticked by hand any more.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EvaluatieChecklistTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private static readonly DateTimeOffset Today = new(2027, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));

    [Fact]
    public async Task Metingen_for_every_indicator_a_verdict_for_every_goal_and_a_closed_cooperation_evaluation_tick_the_evaluatie()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            var start = ApprovalExamples.Start;
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, start);
            p.SetIndicator("Bezoekers die zich veilig voelen (%)", 62m, new DateOnly(2026, 3, 1), pl, start);
            p.SetGoal("Minder geweld op straat", "Incidenten per weekendnacht", 3m, new DateOnly(2027, 12, 31), pl, start);
            p.SetGoal("Meer bezoekers voelen zich veilig", "Bezoekers die zich veilig voelen (%)", 75m, new DateOnly(2027, 12, 31), pl, start);
            p.MovePhaseTo(KvuPhase.Evaluatie, pl, Today);
        }, CancellationToken.None);
        var mark = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);

        async Task<string> ChecklistAsync()
        {
            await anna.SayAsync("fase");
            return ApprovalExamples.Read(anna.LastCard!);
        }

        var before = await ChecklistAsync();
        Assert.Contains("1. Elke indicator opnieuw gemeten\nNog open", before);
        Assert.Contains("2. Per doel vastgesteld of het is gehaald\nNog open", before);
        Assert.Contains("3. Succesfactoren van de werkgroep beoordeeld\nNog open", before);

        // One of two indicators measured again: neither item is done yet.
        await anna.SayAsync("meting Incidenten per weekendnacht = 3,9 op 01-03-2027; bron politie");
        var half = await ChecklistAsync();
        Assert.Contains("1. Elke indicator opnieuw gemeten\nNog open", half);
        Assert.Contains("2. Per doel vastgesteld of het is gehaald\nNog open", half);

        await anna.SayAsync("nameting Bezoekers die zich veilig voelen (%) = 70 op 01-06-2027; bron veiligheidsmonitor");
        var measured = await ChecklistAsync();
        Assert.Contains("1. Elke indicator opnieuw gemeten\nKlaar", measured);
        Assert.Contains("2. Per doel vastgesteld of het is gehaald\nKlaar", measured);
        Assert.Contains("3. Succesfactoren van de werkgroep beoordeeld\nNog open", measured);

        // Closing an evaluation nobody answered scores nothing; once a member scored, closing ticks the item.
        await anna.SayAsync("evaluatie starten");
        var survey = Connector.SentTo(mark.ConversationId).SelectMany(a => a.Cards).Last();
        var send = TeamsChat.Actions(survey).Single(a => (string?)a["title"] == "Versturen");
        var answer = (System.Text.Json.Nodes.JsonObject)send["data"]!.DeepClone();
        answer["score.SufficientDecisionAuthority"] = "4";
        await w.InvokeAsync(w.Members[0], (string)send["verb"]!, answer);
        await anna.SayAsync("evaluatie afsluiten");
        Assert.Contains("3. Succesfactoren van de werkgroep beoordeeld\nKlaar", await ChecklistAsync());
    }
}
