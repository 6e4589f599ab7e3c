using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>Members state their expectations of the werkgroep, which become a group decision, through the real endpoint with Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExpectationTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string Verwachtingen = "verwachtingen";

    private ApprovalExamples _w = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
    }

    private TeamsChat Chat(TeamsActivity.User user) => new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: user);

    private ApprovalStore Store => Bot.Services.GetRequiredService<ApprovalStore>();

    /// <summary>The invitation "uitnodigen" would have sent: the bot knows the member's seat through it.</summary>
    private async Task InviteAsync(TeamsActivity.User user)
    {
        var member = _w.Project.Members.Single(m => m.Person.AadObjectId == user.AadObjectId);
        await Bot.Services.GetRequiredService<InvitationStore>().SaveAsync(new Invitation(
            TeamsActivity.TenantId, _w.Project.Id, "Zwolle – Binnenstad", member.Id, member.Role, member.Organisation, user.AadObjectId, user.Name,
            _w.Projectleider.Name, "a:1projectleider", "nl-NL", ApprovalExamples.Start), default);
    }

    [Fact]
    public async Task Members_state_their_expectations_and_the_werkgroep_approves_them_like_any_decision()
    {
        foreach (var member in _w.Members)
        {
            await InviteAsync(member);
        }

        var mark = Chat(_w.Members[0]);
        await mark.SayAsync("verwachting Minder geweld rond de Grote Markt binnen een jaar");
        Assert.Contains("Je verwachting is vastgelegd voor KVU Zwolle – Binnenstad (versie 1).", mark.LastText);

        // Fatima states hers on the invitation card as she accepts it.
        var fatima = Chat(_w.Members[1]);
        var accept = new JsonObject
        {
            ["projectId"] = _w.Project.Id,
            ["memberId"] = _w.Project.Members[1].Id,
            ["mandate"] = "CanDecide",
            ["substituteName"] = "Ruud Kok",
            ["substituteEmail"] = "ruud.kok@example.nl",
            ["reportBack"] = "true",
            ["expectation"] = "Dat horeca en politie elkaar vaker spreken",
        };
        var accepted = await Bot.PostActivityAsync(_w.Teams.AdaptiveCardInvoke(fatima.ConversationId, ApprovalVerbs.Accept, accept, fatima.User, conversationType: "personal"));
        Assert.Contains("Je hebt de uitnodiging aangenomen.", ApprovalExamples.Read((await accepted.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject()));

        var posted = ApprovalExamples.Read(await _w.SayInChannelAsync("voorleggen verwachtingen"));
        Assert.Contains("Verwachtingen van de werkgroepleden", posted);
        Assert.Contains("Mark Jansen: Minder geweld rond de Grote Markt binnen een jaar", posted);
        Assert.Contains("Fatima el Amrani: Dat horeca en politie elkaar vaker spreken", posted);
        Assert.Contains("Versie 2 · 0 van 3 akkoord", posted);

        var henk = ApprovalExamples.Read(await _w.InvokeAsync(_w.Members[2], ApprovalVerbs.Agree, ApprovalExamples.Data(Verwachtingen, _w.Project.Id, version: 2)));
        Assert.Contains("Je bent akkoord met versie 2.", henk);

        // Mark sharpens his expectation: Henk's approval is outdated and he is asked again.
        await mark.SayAsync("mijn verwachting: 20% minder geweld rond de Grote Markt binnen een jaar");
        Assert.Contains("(versie 3)", mark.LastText);
        var again = ApprovalExamples.Read(await _w.InvokeAsync(_w.Members[2], ApprovalVerbs.Refresh, ApprovalExamples.Data(Verwachtingen, _w.Project.Id, version: 3)));
        Assert.Contains("Dit is gewijzigd sinds je reageerde op versie 2. Wil je opnieuw reageren?", again);
        Assert.Contains("Mark Jansen: 20% minder geweld rond de Grote Markt binnen een jaar", again);
        Assert.DoesNotContain("Minder geweld rond", again);
        Assert.Contains("Versie 3 · 0 van 3 akkoord", again);

        // The same text again is not a change.
        await mark.SayAsync("verwachting 20% minder geweld rond de Grote Markt binnen een jaar");
        Assert.Equal(3, (await Store.ReadAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), Verwachtingen, default))!.Decision.Version);
    }

    [Fact]
    public async Task Someone_without_a_seat_or_without_text_is_told_what_to_do_and_nothing_is_stored()
    {
        var stranger = Chat(ApprovalExamples.NewUser("Piet Pieters"));
        await stranger.SayAsync("verwachting Meer blauw op straat");
        Assert.Contains("er staat geen uitnodiging voor je klaar", stranger.LastText);

        await InviteAsync(_w.Members[0]);
        var mark = Chat(_w.Members[0]);
        await mark.SayAsync("verwachting");
        Assert.Contains("Typ: verwachting <wat je van de werkgroep verwacht>", mark.LastText);
        await mark.SayAsync("verwachting " + new string('x', 141));
        Assert.Contains("Je verwachting is te lang (141 tekens)", mark.LastText);

        Assert.Null((await Store.ReadAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), Verwachtingen, default))?.Decision);
        await Bot.PostActivityAsync(_w.Teams.ChannelMessage(_w.Channel, "voorleggen verwachtingen", from: _w.Projectleider));
        Assert.Contains("Er zijn nog geen verwachtingen.", _w.SentInChannel()[^1].VisibleText);
    }

    [Fact]
    public async Task A_declined_member_cannot_state_expectations()
    {
        await InviteAsync(_w.Members[0]);
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id),
            p => p.SetMemberStatus(_w.Project.Members[0].Id, MemberStatus.Declined, pl, ApprovalExamples.Start), default);

        var mark = Chat(_w.Members[0]);
        await mark.SayAsync("verwachting Minder geweld");

        Assert.Contains("er staat geen uitnodiging voor je klaar", mark.LastText);
        Assert.Null((await Store.ReadAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), Verwachtingen, default))?.Decision);
    }
}
