using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// Members entered by name and e-mail only are found in the werkgroep's team by e-mail or UPN and invited in a
/// 1:1 chat the bot starts; those not in the team are named with what to do. Through the real endpoint with Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InvitationByEmailTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string TeamId = "19:team-werkgroep-kvu@thread.tacv2";

    private ApprovalExamples _w = null!;
    private TeamsChat _anna = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _w = await new ApprovalExamples(Bot, Connector).SeedAsync(1);
        _anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: _w.Projectleider);
    }

    private ProjectStore Projects => Bot.Services.GetRequiredService<ProjectStore>();

    private async Task<KvuProject> ProjectAsync() => (await Projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), default))!;

    private async Task AddByEmailAsync(string name, string email, WerkgroepRole role)
    {
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), p => p.AddMember(role, new PersonRef(name, null, email), null, pl, ApprovalExamples.Start), default);
    }

    private async Task LinkChannelAsync()
    {
        (await Bot.PostActivityAsync(_w.Teams.ChannelMessage(_w.Channel, "help", from: _w.Projectleider))).EnsureSuccessStatusCode();
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), p => p.LinkChannel(_w.Channel, TeamId, "Werkgroep KVU", "Uitgaansgebied Centrum", pl, ApprovalExamples.Start), default);
    }

    private void JoinTeam(string teamsUserId, string name, string aadObjectId, string? email, string? upn) =>
        Connector.Members.Add(new JsonObject { ["id"] = teamsUserId, ["name"] = name, ["aadObjectId"] = aadObjectId, ["email"] = email, ["userPrincipalName"] = upn });

    [Fact]
    public async Task A_member_entered_by_email_is_found_in_the_team_by_upn_and_invited_in_a_chat_the_bot_starts()
    {
        await LinkChannelAsync();
        await AddByEmailAsync("Ruud Kok", "Ruud.Kok@VRIJSSELLAND.nl", WerkgroepRole.Brandweer);
        await AddByEmailAsync("Sanne de Boer", "sanne.deboer@zwolle.nl", WerkgroepRole.Gemeente);
        var ruudAad = Guid.NewGuid().ToString();
        JoinTeam("29:1ruud", "Ruud Kok", ruudAad, email: null, upn: "ruud.kok@vrijsselland.nl");

        await _anna.SayAsync("uitnodigen");

        Assert.Contains("Uitnodiging verstuurd aan: Ruud Kok.", _anna.LastText);
        Assert.Contains("Niet gevonden in het team Werkgroep KVU (gezocht op e-mailadres): Sanne de Boer.", _anna.LastText);
        Assert.Contains("toe aan het team Werkgroep KVU, waar de bot in zit", _anna.LastText);
        var chat = Assert.Single(Connector.Created);
        Assert.Equal("29:1ruud", chat.UserId);
        Assert.Contains("Anna de Vries nodigt je uit om namens Brandweer", Assert.Single(Connector.SentTo(chat.ConversationId)).VisibleText);
        var ruud = (await ProjectAsync()).Members.Single(m => m.Person.DisplayName == "Ruud Kok");
        Assert.Equal(ruudAad, ruud.Person.AadObjectId);
        Assert.Equal(MemberStatus.Invited, ruud.Status);
        Assert.Null((await ProjectAsync()).Members.Single(m => m.Person.DisplayName == "Sanne de Boer").Person.AadObjectId);

        // Sanne is added to the team later; the next "uitnodigen" finds her by e-mail. Ruud is not invited twice.
        JoinTeam("29:1sanne", "Sanne de Boer", Guid.NewGuid().ToString(), email: "sanne.deboer@zwolle.nl", upn: "s.deboer@zwolle.nl");
        await _anna.SayAsync("uitnodigen");

        Assert.Contains("Uitnodiging verstuurd aan: Ruud Kok, Sanne de Boer.", _anna.LastText);
        Assert.DoesNotContain("Niet gevonden", _anna.LastText);
        Assert.Equal(2, Connector.Created.Count);
    }

    [Fact]
    public async Task Without_a_linked_channel_the_projectleider_is_told_to_link_one_and_add_them_to_its_team()
    {
        await AddByEmailAsync("Ruud Kok", "ruud.kok@vrijsselland.nl", WerkgroepRole.Brandweer);
        JoinTeam("29:1ruud", "Ruud Kok", Guid.NewGuid().ToString(), email: "ruud.kok@vrijsselland.nl", upn: null);

        await _anna.SayAsync("uitnodigen");

        Assert.Contains("Zonder Teams-account in het project: Ruud Kok. Kies eerst het team van de werkgroep (typ wijzig team)", _anna.LastText);
        Assert.Empty(Connector.Created);
        Assert.Null((await ProjectAsync()).Members.Single(m => m.Person.DisplayName == "Ruud Kok").Person.AadObjectId);
    }

    [Fact]
    public async Task When_someone_entered_by_email_joins_the_team_they_are_invited_at_once_and_the_projectleider_is_told()
    {
        await LinkChannelAsync();
        await AddByEmailAsync("Ruud Kok", "ruud.kok@vrijsselland.nl", WerkgroepRole.Brandweer);
        await _anna.SayAsync("uitnodigen");
        Assert.Contains("Niet gevonden in het team Werkgroep KVU (gezocht op e-mailadres): Ruud Kok.", _anna.LastText);
        var annaBefore = Connector.SentTo(_anna.ConversationId).Count();

        // A stranger joins first: nobody of the werkgroep, nothing happens.
        var strangerAad = Guid.NewGuid().ToString();
        JoinTeam("29:1piet", "Piet Pieters", strangerAad, email: "piet@example.nl", upn: null);
        (await Bot.PostActivityAsync(MembersAdded("29:1piet", strangerAad))).EnsureSuccessStatusCode();
        Assert.Empty(Connector.Created);

        var ruudAad = Guid.NewGuid().ToString();
        JoinTeam("29:1ruud", "Ruud Kok", ruudAad, email: "RUUD.KOK@vrijsselland.nl", upn: null);
        (await Bot.PostActivityAsync(MembersAdded("29:1ruud", ruudAad))).EnsureSuccessStatusCode();

        var chat = Assert.Single(Connector.Created);
        Assert.Equal("29:1ruud", chat.UserId);
        Assert.Contains("Anna de Vries nodigt je uit om namens Brandweer", Assert.Single(Connector.SentTo(chat.ConversationId)).VisibleText);
        var told = Assert.Single(Connector.SentTo(_anna.ConversationId).Skip(annaBefore));
        Assert.Contains("Nieuw in het team Werkgroep KVU: Ruud Kok. De uitnodiging voor de werkgroep is verstuurd.", told.VisibleText);
        Assert.Equal(ruudAad, (await ProjectAsync()).Members.Single(m => m.Person.DisplayName == "Ruud Kok").Person.AadObjectId);
    }

    /// <summary>Teams tells the bot someone joined the team (in the team's General channel).</summary>
    private JsonObject MembersAdded(string teamsUserId, string aadObjectId)
    {
        var activity = _w.Teams.ChannelMessage(_w.Channel, string.Empty, from: _w.Projectleider);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity.Remove("entities");
        activity["membersAdded"] = new JsonArray { new JsonObject { ["id"] = teamsUserId, ["aadObjectId"] = aadObjectId } };
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }
}
