using System.Diagnostics;
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
    private const string BotName = "Kvu.Bot"; // bot.name in .m365agentsplayground.yml
    private const string WelcomeTitle = "Welkom bij Kvu.Bot";
    private const string HelpAnswerStart = "Dit kan ik voor je doen";

    private static readonly TimeSpan FirstReplyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Projectleider_opens_the_personal_chat_is_welcomed_and_gets_help()
    {
        var clock = Stopwatch.StartNew();
        await using var bot = KestrelBot.Start(azurite.ConnectionString);
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s  bot listening at {bot.MessagesUrl}");
        await using var playground = await PlaygroundProcess.StartAsync(bot.MessagesUrl, $"a:kvu-e2e-{Guid.NewGuid():N}");
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s  Playground serving {playground.Url}");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s  Chromium started");

        try
        {
            // Every page load makes the Playground send installationUpdate + conversationUpdate again: the bot
            // may answer them more than once, so the test looks for a welcome, not for exactly one.
            await page.GotoAsync(playground.Url);
            await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat", Exact = true }).ClickAsync();

            var welcome = BotMessages(page).Filter(new() { Has = page.Locator(".ac-adaptiveCard", new() { HasText = WelcomeTitle }) });
            await Expect(welcome.First).ToBeVisibleAsync(new() { Timeout = (float)FirstReplyTimeout.TotalMilliseconds });
            output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s  welcome card shown");

            var helpAnswers = BotMessages(page).Filter(new() { HasText = HelpAnswerStart });
            await Expect(helpAnswers).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Textbox).FillAsync("help");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send Message", Exact = true }).ClickAsync();

            await Expect(helpAnswers.First).ToBeVisibleAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
            var answer = (await MessageBody(helpAnswers.First).InnerTextAsync()).Trim();
            Assert.StartsWith(HelpAnswerStart, answer);
            output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s  help answered: \"{answer}\"");
        }
        catch
        {
            await SaveEvidenceAsync(page, playground);
            throw;
        }
    }

    /// <summary>Messages in the open conversation sent by the bot: the Playground marks each with a header naming its author.</summary>
    private static ILocator BotMessages(IPage page) =>
        page.Locator("[aria-label='Message header']")
            .Filter(new() { Has = page.Locator("[aria-label='Message author']", new() { HasText = BotName }) })
            .Locator("xpath=..");

    /// <summary>What a message says, without its header (author, time).</summary>
    private static ILocator MessageBody(ILocator message) => message.Locator("[aria-label='Message header'] ~ div").First;

    private static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        // Debian's Chromium, never one Playwright downloads (that needs the internet). As root it needs --no-sandbox.
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"{chromium} is missing: install Debian's chromium package (test.sh does it for you).");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    private async Task SaveEvidenceAsync(IPage page, PlaygroundProcess playground)
    {
        var folder = Directory.CreateDirectory(RepositoryRoot.Combine("TestResults", "e2e")).FullName;
        var stem = Path.Combine(folder, $"{nameof(PlaygroundChatTests)}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{stem}.png", FullPage = true });
            output.WriteLine($"Screenshot: {stem}.png");
        }
        catch (PlaywrightException e)
        {
            output.WriteLine($"No screenshot: {e.Message}");
        }

        if (File.Exists(playground.LogPath))
        {
            File.Copy(playground.LogPath, $"{stem}-playground.log", overwrite: true);
            output.WriteLine($"Playground log: {stem}-playground.log");
        }

        await File.WriteAllTextAsync($"{stem}-playground-console.log", playground.ConsoleOutput);
        output.WriteLine($"Playground console: {stem}-playground-console.log");
    }
}
