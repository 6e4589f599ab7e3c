using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// A decision card that lists seats which cannot respond yet offers the projectleider to invite them with one click
/// (Action.Execute "Nodig ze uit"): whoever is found in the werkgroep's team is invited, becomes a voter and the tally
/// follows on the same card; whoever is not is named with what to do. Through the real endpoint with Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InviteFromCardTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ApprovalExamples _w = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _w = await new ApprovalExamples(Bot, Connector).SeedAsync(2, projectleiderFromGemeente: true);
        await _w.LinkChannelAsync();
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), p =>
        {
            p.AddMember(WerkgroepRole.HorecaOndernemer, new PersonRef("Bram Vos", null, "bram@hedon.nl"), "Poppodium Hedon", pl, ApprovalExamples.Start);
            p.AddMember(WerkgroepRole.Brandweer, new PersonRef("Ruud Kok", null, "ruud.kok@vrijsselland.nl"), null, pl, ApprovalExamples.Start);
        }, default);
    }

    private JsonObject Data(int version = 1) => ApprovalExamples.Data("samenstelling", _w.Project.Id, version);

    [Fact]
    public async Task The_projectleider_invites_who_cannot_respond_from_the_card_and_the_tally_follows()
    {
        var bram = ApprovalExamples.NewUser("Bram Vos");
        Connector.Members.Add(new JsonObject { ["id"] = bram.Id, ["name"] = "Bram Vos", ["aadObjectId"] = bram.AadObjectId, ["email"] = "Bram@Hedon.nl" });
        var posted = ApprovalExamples.Read(await _w.SayInChannelAsync("voorleggen samenstelling"));
        Assert.Contains("0 van 5 akkoord", posted);
        Assert.Contains("Kan nog niet reageren: Bram Vos (nog niet uitgenodigd), Ruud Kok (nog niet uitgenodigd)", posted);

        var lead = await _w.InvokeAsync(_w.Projectleider, ApprovalVerbs.Refresh, Data());
        Assert.Contains("Nodig ze uit", ApprovalExamples.Buttons(lead));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(lead));

        var after = await _w.InvokeAsync(_w.Projectleider, ApprovalVerbs.Invite, Data());

        var text = ApprovalExamples.Read(after);
        Assert.Contains("Uitnodiging verstuurd aan: Bram Vos.", text);
        Assert.Contains("Niet gevonden in het team Werkgroep KVU (gezocht op e-mailadres): Ruud Kok.", text);
        Assert.Contains("0 van 5 akkoord", text);
        Assert.Contains("Kan nog niet reageren: Ruud Kok (nog niet uitgenodigd)", text);
        Assert.DoesNotContain("Bram Vos (nog niet uitgenodigd)", text);
        // What the click did reads as done, not as a warning.
        var notice = TextBlocks(after).Single(t => ((string?)t["text"])?.StartsWith("Uitnodiging verstuurd", StringComparison.Ordinal) == true);
        Assert.Equal("Good", (string?)notice["color"]);
        var invited = Assert.Single(Connector.Created);
        Assert.Equal(bram.Id, invited.UserId);

        // Bram answers on the channel card as himself, and everyone's card counts him.
        var bramsView = ApprovalExamples.Read(await _w.InvokeAsync(bram, ApprovalVerbs.Agree, Data(version: 2)));
        Assert.Contains("1 van 5 akkoord", bramsView);
    }

    [Fact]
    public async Task A_member_gets_no_invite_button_and_cannot_invite_through_a_crafted_click()
    {
        await _w.SayInChannelAsync("voorleggen samenstelling");

        var mark = await _w.InvokeAsync(_w.Members[0], ApprovalVerbs.Refresh, Data());
        Assert.DoesNotContain("Nodig ze uit", ApprovalExamples.Buttons(mark));

        var refused = ApprovalExamples.Read(await _w.InvokeAsync(_w.Members[0], ApprovalVerbs.Invite, Data()));
        Assert.DoesNotContain("Uitnodiging verstuurd", refused);
        Assert.Empty(Connector.Created);
    }

    [Fact]
    public async Task In_English_the_card_offers_to_invite_them()
    {
        await _w.SayInChannelAsync("voorleggen samenstelling");

        var lead = await _w.InvokeAsync(_w.Projectleider, ApprovalVerbs.Refresh, Data(), locale: "en-US");

        Assert.Contains("Invite them", ApprovalExamples.Buttons(lead));
        Assert.Contains("With Invite them, whoever is in the team gets an invitation", ApprovalExamples.Read(lead));
        var after = ApprovalExamples.Read(await _w.InvokeAsync(_w.Projectleider, ApprovalVerbs.Invite, Data(), locale: "en-US"));
        Assert.Contains("Not found in the team Werkgroep KVU (looked up by e-mail address): Bram Vos, Ruud Kok.", after);
    }

    private static IEnumerable<JsonObject> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => [o],
        JsonObject o => o.SelectMany(p => TextBlocks(p.Value)),
        JsonArray a => a.SelectMany(TextBlocks),
        _ => [],
    };
}
