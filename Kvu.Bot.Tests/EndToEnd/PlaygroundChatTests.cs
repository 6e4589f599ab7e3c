using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// The whole chain a developer uses with run.sh, driven as a person would: Azurite, the bot, the Agents Playground
/// (a local Teams) and Chromium. Takes 10-15 s and needs npm's tools and /usr/bin/chromium; test.sh
/// installs both. Leave it out with --filter "Category!=EndToEnd".
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(AzuriteCollection.Name)]
public sealed class PlaygroundChatTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    public const string WelcomeTitle = "Welkom bij Kvu.Bot";
    private const string HelpAnswerStart = "Dit kan ik voor je doen";

    [Fact]
    public async Task Projectleider_opens_the_personal_chat_is_welcomed_and_gets_help()
    {
        await using var chat = await PlaygroundChat.StartAsync(azurite.ConnectionString, output);
        try
        {
            await chat.OpenPersonalChatAsync(WelcomeTitle);

            var helpAnswers = chat.BotMessages.Filter(new() { HasText = HelpAnswerStart });
            await Expect(helpAnswers).ToHaveCountAsync(0);
            await chat.SendAsync("help");

            await Expect(helpAnswers.First).ToBeVisibleAsync(new() { Timeout = (float)PlaygroundChat.ReplyTimeout.TotalMilliseconds });
            var answer = (await PlaygroundChat.MessageBody(helpAnswers.First).InnerTextAsync()).Trim();
            Assert.StartsWith(HelpAnswerStart, answer);
            chat.Log($"help answered: \"{answer}\"");
        }
        catch
        {
            await chat.SaveEvidenceAsync(nameof(PlaygroundChatTests));
            throw;
        }
    }
}
