using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// A user who answers the moment a question appears in Teams: the bot has already saved the conversation's state
/// by then, so the answer is taken for the question on screen.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QuickAnswerTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    [Fact]
    public async Task An_answer_sent_while_the_question_is_still_being_delivered_is_taken_for_that_question()
    {
        var user = new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString());
        var conversationId = TeamsActivity.NewPersonalConversationId();
        var chat = new TeamsChat(Bot, Connector, conversationId, user: user);
        var quickChat = new TeamsChat(Bot, Connector, conversationId, user: user);
        var answered = 0;
        Connector.Respond = sent =>
        {
            // Teams shows the question as soon as it has it; this user types the answer before the bot's request
            // for the question has even been answered.
            if (sent.VisibleText.Contains("Voor welke gemeente", StringComparison.Ordinal) && Interlocked.Exchange(ref answered, 1) == 0)
            {
                quickChat.SayAsync("Zwolle").GetAwaiter().GetResult();
            }

            return null;
        };

        await chat.SayAsync("start");

        Assert.Equal(1, answered);
        Assert.Contains("Hoe heet het uitgaansgebied?", quickChat.LastText);
        Assert.DoesNotContain("Iemand anders wijzigde", quickChat.LastText);
        Assert.DoesNotContain("begrijp", quickChat.LastText);
    }
}
