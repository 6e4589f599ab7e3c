using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// The composition put to the werkgroep is the whole werkgroep (the gemeente's seat, the projectsecretaris, the
/// open seats), and its card tells the truth: every voting seat that cannot be reached is named, "everyone
/// responded" only when every voting seat did, and the KHN regioadviseur comments as adviser without being counted.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WholeWerkgroepDecisionTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ApprovalExamples _w = null!;
    private TeamsActivity.User _adviser = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _w = await new ApprovalExamples(Bot, Connector).SeedAsync(3, projectleiderFromGemeente: true);
        _adviser = ApprovalExamples.NewUser("Peter de Groot");
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), p =>
        {
            p.AppointSecretaris(new PersonRef("Petra Mulder", null, "p.mulder@zwolle.nl"), pl, ApprovalExamples.Start);
            p.AddMember(WerkgroepRole.KhnRegioadviseur, ApprovalExamples.Person(_adviser), null, pl, ApprovalExamples.Start);
            p.AddMember(WerkgroepRole.HorecaOndernemer, new PersonRef("Bram Vos", null, "bram@hedon.nl"), "Poppodium Hedon", pl, ApprovalExamples.Start);
        }, default);
    }

    private JsonObject Data(int version = 1, string? comment = null) => ApprovalExamples.Data("samenstelling", _w.Project.Id, version, comment);

    [Fact]
    public async Task The_composition_lists_the_gemeente_the_secretaris_and_the_open_seats_and_names_who_cannot_respond()
    {
        var card = ApprovalExamples.Read(await _w.SayInChannelAsync("voorleggen samenstelling"));

        Assert.Contains("Gemeente: Anna de Vries (Gemeente Zwolle)", card);
        Assert.Contains("Projectsecretaris: Petra Mulder", card);
        Assert.Contains("Brandweer: nog open", card);
        Assert.Contains("Horecaondernemer: Bram Vos (Poppodium Hedon)", card);
        Assert.Contains("0 van 5 akkoord", card);
        Assert.Contains("Kan nog niet reageren: Bram Vos (nog niet uitgenodigd)", card);
        Assert.Contains("Adviseur (telt niet mee in de stemming): Peter de Groot", card);
        Assert.DoesNotContain("Iedereen heeft gereageerd", card);
    }

    [Fact]
    public async Task A_phase_move_is_put_to_the_same_whole_werkgroep()
    {
        var card = ApprovalExamples.Read(await _w.SayInChannelAsync("volgende fase"));

        Assert.Contains("Van Initiatief naar Veiligheidsanalyse", card);
        Assert.Contains("0 van 5 akkoord", card);
        Assert.Contains("Kan nog niet reageren: Bram Vos (nog niet uitgenodigd)", card);
        Assert.Contains("Adviseur (telt niet mee in de stemming): Peter de Groot", card);
    }

    [Fact]
    public async Task When_every_reachable_member_agreed_the_card_still_says_who_has_not()
    {
        await _w.SayInChannelAsync("voorleggen samenstelling");

        JsonObject last = null!;
        foreach (var voter in _w.Members.Append(_w.Projectleider))
        {
            last = await _w.InvokeAsync(voter, ApprovalVerbs.Agree, Data());
        }

        var card = ApprovalExamples.Read(last);
        Assert.Contains("4 van 5 akkoord", card);
        Assert.DoesNotContain("Iedereen heeft gereageerd", card);
        Assert.Contains("Kan nog niet reageren: Bram Vos (nog niet uitgenodigd)", card);

        var lead = await _w.InvokeAsync(_w.Projectleider, ApprovalVerbs.Refresh, Data());
        Assert.Contains("Met Nodig ze uit krijgt wie in het team zit een uitnodiging", ApprovalExamples.Read(lead));
        Assert.Contains("Nodig ze uit", ApprovalExamples.Buttons(lead));
    }

    [Fact]
    public async Task The_regioadviseur_comments_as_adviser_and_is_not_counted()
    {
        await _w.SayInChannelAsync("voorleggen samenstelling");

        var view = await _w.InvokeAsync(_adviser, ApprovalVerbs.Refresh, Data());
        Assert.Contains("Opmerking plaatsen als adviseur", ApprovalExamples.Buttons(view));
        Assert.DoesNotContain("Akkoord", ApprovalExamples.Buttons(view));

        var after = ApprovalExamples.Read(await _w.InvokeAsync(_adviser, ApprovalVerbs.Advise, Data(comment: "Neem ook de portiers mee.")));
        Assert.Contains("Je opmerking als adviseur is bewaard.", after);
        Assert.Contains("Peter de Groot: Neem ook de portiers mee.", after);
        Assert.Contains("0 van 5 akkoord", after);

        var refused = ApprovalExamples.Read(await _w.InvokeAsync(_adviser, ApprovalVerbs.Agree, Data()));
        Assert.DoesNotContain("1 van 5 akkoord", refused);
    }

    [Fact]
    public async Task An_English_reader_sees_the_open_seat_who_cannot_respond_and_the_adviser()
    {
        await _w.SayInChannelAsync("voorleggen samenstelling");

        var card = ApprovalExamples.Read(await _w.InvokeAsync(_w.Members[0], ApprovalVerbs.Refresh, Data(), locale: "en-US"));

        Assert.Contains("Municipality: Anna de Vries (Gemeente Zwolle)", card);
        Assert.Contains("Projectsecretaris (secretary): Petra Mulder", card);
        Assert.Contains("Fire service: still open", card);
        Assert.Contains("Cannot respond yet: Bram Vos (not invited yet)", card);
        Assert.Contains("Adviser (not counted in the tally): Peter de Groot", card);
        Assert.DoesNotContain("Everyone has responded", card);
    }

    [Fact]
    public async Task The_projectleider_hears_after_proposing_whom_to_invite()
    {
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: _w.Projectleider);

        await anna.SayAsync("voorleggen samenstelling");

        Assert.Contains("Nog niet te bereiken in Teams, en dus nog niet in staat te reageren: Bram Vos (nog niet uitgenodigd).", anna.LastText);
        Assert.Contains("Klik op de kaart op Nodig ze uit.", anna.LastText);
    }
}
