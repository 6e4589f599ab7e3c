using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Plan;

/// <summary>
/// The convenant through /api/messages on Azurite: the werkgroep's organisations and the Openbaar Ministerie sign it,
/// each with who signs and how far it is (concept, akkoord in principe, getekend with date); the phase checklist and
/// the weekly status show it, in Dutch and English.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConvenantTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ProjectStore Projects => Bot.Services.GetRequiredService<ProjectStore>();

    private async Task<ApprovalExamples> ConvenantAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.MovePhaseTo(KvuPhase.Convenant, ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start), CancellationToken.None);
        return w;
    }

    private static string Read(JsonObject? card) => ApprovalExamples.Read(card ?? throw new InvalidOperationException("No card."));

    [Fact]
    public async Task Each_party_gets_its_signatory_and_signing_state_and_the_checklist_and_weekly_status_follow()
    {
        var w = await ConvenantAsync();
        var anna = await w.LinkChannelAsync();

        await anna.SayAsync("convenant");
        Assert.Contains("Convenant Zwolle – Binnenstad: 0 van 4 partijen getekend", anna.LastText);
        Assert.Contains("- Gemeente Zwolle: nog geen ondertekenaar · concept", anna.LastText);
        Assert.Contains("- Openbaar Ministerie (sluit bij het convenant aan): nog geen ondertekenaar · concept", anna.LastText);

        await anna.SayAsync("convenant om: mr. P. de Groot, hoofdofficier van justitie");
        Assert.Contains("Voor Openbaar Ministerie tekent mr. P. de Groot, hoofdofficier van justitie.", anna.LastText);
        await anna.SayAsync("convenant politie: R. Kok, teamchef");
        await anna.SayAsync("convenant gemeente zwolle: burgemeester P. Jansen");
        await anna.SayAsync("convenant Koninklijke Horeca Nederland: J. de Wit");
        await anna.SayAsync("convenant politie akkoord");
        Assert.Contains("Politie: akkoord in principe.", anna.LastText);
        await anna.SayAsync("convenant gemeente zwolle getekend 01-03-2026");
        Assert.Contains("Gemeente Zwolle: getekend op 1 maart 2026.", anna.LastText);
        await anna.SayAsync("convenant o getekend");
        Assert.Contains("past bij meer partijen", anna.LastText);
        await anna.SayAsync("convenant politie getekend 01-01-2030");
        Assert.Contains("Die datum ligt in de toekomst.", anna.LastText);

        await anna.SayAsync("fase");
        var phase = Read(anna.LastCard);
        Assert.Contains("1. Ondertekenaar per partij bekend\nKlaar", phase);
        Assert.Contains("2. Openbaar Ministerie sluit aan\nKlaar", phase);
        Assert.Contains("3. Convenant door alle partijen getekend\nNog open", phase);

        var now = DateTimeOffset.UtcNow;
        await Bot.Services.GetRequiredService<StatusDelivery>().DeliverAsync(w.Project.TenantId, w.Project.Id, now, now.AddDays(-7), tenant: null, CancellationToken.None);
        var weekly = CardJson.Texts(Assert.Single(w.SentInChannel().Last().Cards)).ToList();
        Assert.Contains("Convenant: 1 van 4 partijen getekend", weekly);
        Assert.Contains("Akkoord in principe: Politie", weekly);
        Assert.Contains("Nog niet getekend: Koninklijke Horeca Nederland, Openbaar Ministerie", weekly);
    }

    [Fact]
    public async Task In_english_a_party_signs_and_a_member_reads_but_cannot_change_it()
    {
        var w = await ConvenantAsync();
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "en-US", w.Projectleider);

        await anna.SayAsync("covenant om signed 01-03-2026");
        Assert.Contains("Openbaar Ministerie: signed on 1 March 2026.", anna.LastText);
        await anna.SayAsync("covenant");
        Assert.Contains("Covenant Zwolle – Binnenstad: 1 of 4 parties signed", anna.LastText);
    }
}
