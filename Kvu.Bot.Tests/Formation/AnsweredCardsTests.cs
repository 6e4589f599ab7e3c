using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// After a click the card in the chat shows what was chosen: the task and success-factor lists are updated in place
/// (one list, not a new copy per click beside outdated ones), and the overview, which a click answers, says what was
/// chosen instead of staying clickable. Through the real endpoint; Teams names the clicked card in replyToId.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnsweredCardsTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private async Task<TeamsChat> ProjectAsync(string locale = "nl-NL")
    {
        // A projectleider of her own: "start" carries on with the user's latest project.
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, ApprovalExamples.NewUser("Marieke de Vries"));
        await chat.SayAsync("start");
        await chat.SayAsync("Zwartsluis");
        await chat.SayAsync("Centrum");
        await chat.SayAsync("stop");
        return chat;
    }

    [Theory]
    [InlineData("nl-NL", "taken", "Afgerond", "Toch niet af")]
    [InlineData("en-US", "tasks", "Done", "Not done")]
    public async Task A_task_ticked_on_the_list_updates_that_list(string locale, string command, string done, string undo)
    {
        var chat = await ProjectAsync(locale);
        await chat.SayAsync(command);
        var undoBefore = TeamsChat.Actions(chat.LastCard!).Count(a => (string?)a["title"] == undo);

        await chat.ClickAsync(done, replyToId: "card-tasks");

        var update = Assert.Single(chat.Last, a => a.Method == "PUT");
        Assert.Equal("card-tasks", update.ReplyToId);
        Assert.Equal(undoBefore + 1, TeamsChat.Actions(Assert.Single(update.Cards)).Count(a => (string?)a["title"] == undo));
        Assert.DoesNotContain(chat.Last, a => a.Method == "POST" && a.Cards.Any());
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(Assert.Single(update.Cards)));
    }

    [Theory]
    [InlineData("nl-NL", "succesfactoren", "In orde", "1 van 10 in orde")]
    [InlineData("en-US", "success factors", "Met", "1 of 10 met")]
    public async Task A_success_factor_judged_on_the_list_updates_that_list(string locale, string command, string met, string count)
    {
        var chat = await ProjectAsync(locale);
        await chat.SayAsync(command);

        await chat.ClickAsync(met, replyToId: "card-factors");

        var update = Assert.Single(chat.Last, a => a.Method == "PUT");
        Assert.Contains(count, update.VisibleText);
        Assert.DoesNotContain(chat.Last, a => a.Method == "POST" && a.Cards.Any());
    }

    [Theory]
    [InlineData("nl-NL", "status", "Nu regelen", "✓ Gekozen: Nu regelen", "Jij bent de projectleider van dit project")]
    [InlineData("en-US", "status", "Settle it now", "✓ Chosen: Settle it now", "You are this project's projectleider")]
    public async Task The_overview_says_what_was_chosen_and_no_longer_invites_a_click(string locale, string command, string button, string chosen, string next)
    {
        var chat = await ProjectAsync(locale);
        await chat.SayAsync(command);

        await chat.ClickAsync(button, replyToId: "card-overview");

        var update = Assert.Single(chat.Last, a => a.Method == "PUT");
        Assert.Equal("card-overview", update.ReplyToId);
        Assert.Contains(chosen, update.VisibleText);
        Assert.Contains("Zwartsluis", update.VisibleText);
        Assert.Empty(TeamsChat.Actions(Assert.Single(update.Cards)));
        Assert.Contains(next, chat.LastText);
    }
}
