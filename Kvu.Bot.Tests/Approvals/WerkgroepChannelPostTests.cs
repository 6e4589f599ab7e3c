using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>Decision cards land in the werkgroep's linked channel, wherever the projectleider typed the command.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WerkgroepChannelPostTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ApprovalExamples _w = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
    }

    private async Task LinkChannelAsync()
    {
        // Any message in the channel lets the bot remember its address, as Teams does when the bot is in the team.
        (await Bot.PostActivityAsync(_w.Teams.ChannelMessage(_w.Channel, "help", from: _w.Projectleider))).EnsureSuccessStatusCode();
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id),
            p => p.LinkChannel(_w.Channel, "19:team-werkgroep-kvu@thread.tacv2", "Werkgroep KVU", "Uitgaansgebied Centrum", pl, ApprovalExamples.Start), default);
    }

    [Fact]
    public async Task A_proposal_typed_in_the_projectleiders_own_chat_is_posted_in_the_linked_channel()
    {
        await LinkChannelAsync();
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: _w.Projectleider);

        await anna.SayAsync("voorleggen samenstelling");

        // Into the channel itself (a new post), not into the thread of a message ("19:...;messageid=...").
        var post = Assert.Single(Connector.SentTo(_w.Channel), s => s.Cards.Any());
        Assert.Contains("Samenstelling van de werkgroep", post.VisibleText);
        Assert.Contains("Politie: Mark Jansen", post.VisibleText);
        Assert.Contains("'Samenstelling van de werkgroep' staat nu in Uitgaansgebied Centrum", anna.LastText);
        Assert.Null(anna.LastCard);
    }

    [Fact]
    public async Task Without_a_linked_channel_the_projectleider_is_told_to_link_one_and_gets_the_card_here()
    {
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: _w.Projectleider);

        await anna.SayAsync("voorleggen samenstelling");

        Assert.Contains("Deze werkgroep heeft nog geen gekoppeld kanaal", anna.LastText);
        Assert.Contains("@Kvu.Bot koppel", anna.LastText);
        Assert.Contains("Samenstelling van de werkgroep", ApprovalExamples.Read(anna.LastCard!));
        Assert.Empty(Connector.SentTo(_w.Channel));
    }

    [Fact]
    public async Task When_the_bot_was_removed_from_the_team_the_card_comes_here_with_what_to_do()
    {
        await LinkChannelAsync();
        Connector.Respond = sent => sent.ConversationId == _w.Channel ? Results.StatusCode(StatusCodes.Status403Forbidden) : null;
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: _w.Projectleider);

        await anna.SayAsync("voorleggen samenstelling");

        Assert.Contains("De bot kan niet posten in Uitgaansgebied Centrum", anna.LastText);
        Assert.Contains("Samenstelling van de werkgroep", ApprovalExamples.Read(anna.LastCard!));
    }

    [Fact]
    public async Task When_Teams_is_busy_the_projectleider_hears_it_at_once_and_gets_the_card_here()
    {
        await LinkChannelAsync();
        // Teams asks to wait 20 s: longer than anyone should wait for an answer in chat (the old send waited and retried).
        var refused = 0;
        Connector.Respond = sent => sent.ConversationId == _w.Channel && Interlocked.Increment(ref refused) == 1
            ? FakeBotConnector.TooManyRequests(TimeSpan.FromSeconds(20))
            : null;
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: _w.Projectleider);

        await anna.SayAsync("voorleggen samenstelling");

        Assert.Contains("Teams neemt op dit moment geen berichten aan in Uitgaansgebied Centrum", anna.LastText);
        Assert.Contains("typ over een paar minuten dezelfde opdracht nog eens", anna.LastText);
        Assert.Contains("Samenstelling van de werkgroep", ApprovalExamples.Read(anna.LastCard!));
        Assert.Equal(1, refused); // asked once, not retried while she waited
        Assert.DoesNotContain(Connector.SentTo(_w.Channel), s => s.Cards.Any());
    }

    [Fact]
    public async Task When_Teams_fails_the_card_comes_here_in_English_too()
    {
        await LinkChannelAsync();
        Connector.Respond = sent => sent.ConversationId == _w.Channel ? Results.StatusCode(StatusCodes.Status502BadGateway) : null;
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale: "en-US", user: _w.Projectleider);

        await anna.SayAsync("voorleggen samenstelling");

        Assert.Contains("Posting in Uitgaansgebied Centrum did not work (Teams returned an error), so the card is below.", anna.LastText);
        Assert.NotNull(anna.LastCard);
    }
}
