using System.Text;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Evaluation;

/// <summary>
/// The voortgangsmatrix of a plan with 160 measures (long titles, notes) through /api/messages: too big to list whole,
/// it stays within Teams' 28 KB, shows what is over tijd and per party and per goal how many there are with the command
/// that lists them; those commands show one party's or goal's measures, again within the limit.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgressMatrixSizeTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private static readonly DateTimeOffset Today = new(2027, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));

    [Fact]
    public async Task A_matrix_of_160_measures_stays_under_28_KB_and_says_how_to_see_each_party_and_goal()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(1);
        var pl = ApprovalExamples.Person(w.Projectleider);
        var parties = new[] { "Gemeente Zwolle", "Politie Oost-Nederland", "KHN Zwolle", "Brandweer IJsselland" };
        var project = (await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(w.Project.Key, p =>
        {
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, Today);
            p.SetGoal("Minder geweld op straat", "Incidenten per weekendnacht", 3m, new DateOnly(2027, 12, 31), pl, Today);
            p.SetGoal("Meer bezoekers voelen zich veilig", null, null, null, pl, Today);
            for (var i = 1; i <= 160; i++)
            {
                p.CountMeasure($"Maatregel {i}", pl, Today);
            }
        }, CancellationToken.None))!;
        var measures = Bot.Services.GetRequiredService<MeasureStore>();
        var progress = Bot.Services.GetRequiredService<ProgressStore>();
        for (var i = 1; i <= 160; i++)
        {
            await measures.AddAsync(project, new Measure
            {
                ProjectId = project.Id, Id = $"mr{i}", Title = $"Maatregel {i}: extra toezicht en gastheren op de Grote Markt en in de Diezerstraat in de weekendnachten",
                GoalId = i % 2 == 0 ? "d1" : "d2", Party = parties[i % 4], Owner = new PersonRef($"Uitvoerder {i}", null, null),
                Start = new DateOnly(2027, 1, 1), End = i % 10 == 0 ? new DateOnly(2027, 5, 31) : new DateOnly(2027, 12, 31),
                Beslismoment = new DateOnly(2027, 4, 1), Decider = "de werkgroep", ChangedBy = pl, ChangedAt = Today,
            }, default);
            await progress.SetAsync(project, $"mr{i}", MeasureState.Loopt, "Loopt volgens plan; de evaluatie met de horeca volgt na de zomer, daarna beslist de werkgroep", Today, default);
        }

        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await chat.SayAsync("voortgang");
        var matrix = chat.LastCard!;
        var text = ApprovalExamples.Read(matrix);
        Assert.InRange(Encoding.UTF8.GetByteCount(matrix.ToJsonString()), 1, ReportCard.MaxBytes - 2048);
        Assert.Contains("160 maatregelen: 0 gepland, 160 lopen, 0 gereed, 0 vertraagd, 0 gestopt; 16 over tijd.", text);
        Assert.Contains("Niet alle 160 maatregelen passen in één bericht in Teams.", text);
        Assert.Contains("Over tijd\nmr10 ", text);
        Assert.Contains("En nog 6 maatregelen over tijd.", text);
        Assert.Contains("KHN Zwolle: 40 maatregelen, 8 over tijd – typ `voortgang KHN Zwolle`", text);
        Assert.Contains("d1 Minder geweld op straat: 80 maatregelen, 16 over tijd – typ `voortgang d1`", text);

        await chat.SayAsync("voortgang khn zwolle");
        var party = chat.LastCard!;
        var partyText = ApprovalExamples.Read(party);
        Assert.InRange(Encoding.UTF8.GetByteCount(party.ToJsonString()), 1, ReportCard.MaxBytes - 2048);
        Assert.Contains("Voortgangsmatrix maatregelen – Zwolle, Binnenstad – KHN Zwolle", partyText);
        Assert.Contains("40 maatregelen: 0 gepland, 40 lopen", partyText);
        Assert.Contains("mr2 Maatregel 2", partyText);
        Assert.DoesNotContain("mr3 Maatregel 3", partyText); // Brandweer IJsselland's

        await chat.SayAsync("voortgang d1");
        var goal = chat.LastCard!;
        var goalText = ApprovalExamples.Read(goal);
        Assert.InRange(Encoding.UTF8.GetByteCount(goal.ToJsonString()), 1, ReportCard.MaxBytes - 2048);
        Assert.Contains("– d1 Minder geweld op straat", goalText);
        Assert.Contains("Deze 80 maatregelen passen niet alle in één bericht", goalText);
        Assert.Contains("Over tijd\nmr10 ", goalText);
        Assert.Contains("mr2 Maatregel 2", goalText); // after what is over tijd, the others as far as they fit
        Assert.All(await AdaptiveCardValidator.ValidateAsync([matrix, party, goal]), Assert.Empty);
    }
}
