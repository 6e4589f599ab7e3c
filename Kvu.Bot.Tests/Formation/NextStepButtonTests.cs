using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// "Wat nu" on the overview is a button that does the next step (settle the most important open point, invite the
/// members, put the composition to the werkgroep), not a command to remember and type. Through the real endpoint.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class NextStepButtonTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    [Theory]
    [InlineData("nl-NL", "Nu regelen", "Jij bent de projectleider van dit project")]
    [InlineData("en-US", "Settle it now", "You are this project's projectleider")]
    public async Task The_most_important_open_point_is_one_click_away(string locale, string button, string question)
    {
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, ApprovalExamples.NewUser("Marieke de Vries"));
        await chat.SayAsync("start");
        await chat.SayAsync("Zwartsluis");
        await chat.SayAsync("Centrum");
        await chat.SayAsync("stop");
        await chat.SayAsync("status");

        await chat.ClickAsync(button);

        Assert.Contains(question, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "Leden uitnodigen", "Uitnodiging verstuurd aan: Mark Jansen, Fatima el Amrani, Henk Mulder.", "Samenstelling voorleggen", "0 van 4 akkoord")]
    [InlineData("en-US", "Invite the members", "Invitation sent to: Mark Jansen, Fatima el Amrani, Henk Mulder.", "Put the composition to the group", "0 of 4 agreed")]
    public async Task Inviting_the_members_and_putting_the_composition_to_the_werkgroep_are_buttons(string locale, string invite, string sent, string propose, string tally)
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3, projectleiderFromGemeente: true);
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            p.AppointSecretaris(new PersonRef("Petra Mulder", null, "p.mulder@zwolle.nl"), pl, ApprovalExamples.Start);
        }, default);
        foreach (var member in w.Members)
        {
            // Each member opened the app once, so the bot can reach them.
            await new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: member).SayAsync("uitnodigingen");
        }

        var chat = await w.LinkChannelAsync();
        chat = new TeamsChat(Bot, Connector, chat.ConversationId, locale, w.Projectleider);
        await chat.SayAsync("status");
        Assert.Contains(invite, TeamsChat.Actions(chat.LastCard!).Select(a => (string?)a["title"]));

        await chat.ClickAsync(invite);
        Assert.Contains(sent, chat.LastText);

        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            foreach (var member in p.Members.ToList())
            {
                p.SetMemberStatus(member.Id, MemberStatus.Accepted, pl, ApprovalExamples.Start);
            }
        }, default);
        await chat.SayAsync("status");
        await chat.ClickAsync(propose);

        var card = ApprovalExamples.Read(w.SentInChannel().SelectMany(s => s.Cards).Last());
        Assert.Contains(tally, card);
    }
}
