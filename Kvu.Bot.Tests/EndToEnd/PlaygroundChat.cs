using System.Diagnostics;
using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// What every end-to-end test starts: the bot on Kestrel against Azurite, the Agents Playground with a personal
/// chat of its own, and Chromium on the Playground's page; plus the ways a person reads and writes in that chat
/// and the evidence kept when a test fails. Stops all of it, in reverse order, when disposed.
/// </summary>
internal sealed class PlaygroundChat : IAsyncDisposable
{
    public const string BotName = "Kvu.Bot"; // bot.name in .m365agentsplayground.yml

    public static readonly TimeSpan FirstReplyTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    private readonly ITestOutputHelper _output;
    private readonly Stopwatch _clock;
    private readonly List<IAsyncDisposable> _started = [];
    private IPlaywright? _playwright;
    private KestrelBot? _bot;

    private PlaygroundChat(ITestOutputHelper output, Stopwatch clock)
    {
        _output = output;
        _clock = clock;
    }

    public IPage Page { get; private set; } = null!;

    public PlaygroundProcess Playground { get; private set; } = null!;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Messages in the open conversation sent by the bot: the Playground marks each with a header naming its author.</summary>
    public ILocator BotMessages =>
        Page.Locator("[aria-label='Message header']")
            .Filter(new() { Has = Page.Locator("[aria-label='Message author']", new() { HasText = BotName }) })
            .Locator("xpath=..");

    /// <summary>Every Adaptive Card the bot showed that contains <paramref name="text"/>, oldest first.</summary>
    public ILocator Cards(string text) => Page.Locator(".ac-adaptiveCard", new() { HasText = text });

    public static async Task<PlaygroundChat> StartAsync(string storageConnectionString, ITestOutputHelper output)
    {
        var chat = new PlaygroundChat(output, Stopwatch.StartNew());
        try
        {
            var bot = KestrelBot.Start(storageConnectionString);
            chat._started.Add(bot);
            chat._bot = bot;
            chat.Log($"bot listening at {bot.MessagesUrl}");

            chat.Playground = await PlaygroundProcess.StartAsync(bot.MessagesUrl, $"a:kvu-e2e-{Guid.NewGuid():N}");
            chat._started.Add(chat.Playground);
            chat.Log($"Playground serving {chat.Playground.Url}");

            chat._playwright = await Playwright.CreateAsync();
            var browser = await LaunchChromiumAsync(chat._playwright);
            chat._started.Add(browser);
            chat.Page = await browser.NewPageAsync(new BrowserNewPageOptions
            {
                Locale = "nl-NL",
                ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            });
            chat.Log("Chromium started");
            return chat;
        }
        catch
        {
            await chat.DisposeAsync();
            throw;
        }
    }

    /// <summary>What a message says, without its header (author, time).</summary>
    /// <summary>
    /// Another user of the Playground's Teams clicks a card button (Action.Execute) in <paramref name="conversationId"/>:
    /// the Playground acts only as its current user, so the invoke goes to the bot's /api/messages with that user's Teams
    /// identity, as Teams would send it, and the card the bot answers (their own view) comes back.
    /// </summary>
    public async Task<System.Text.Json.Nodes.JsonObject> InvokeAsAsync(TeamsActivity.User user, string tenantId, string conversationId, string verb, System.Text.Json.Nodes.JsonObject data)
    {
        var activity = new TeamsActivity($"{Playground.Url}_connector").AdaptiveCardInvoke(conversationId, verb, data, user, tenantId: tenantId);
        using var http = new HttpClient();
        using var response = await http.PostAsync(_bot!.MessagesUrl, new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return body["value"]!.AsObject();
    }

    /// <summary>The bot's services (its stores), to read what a card's buttons carry.</summary>
    public IServiceProvider BotServices => _bot!.Services;

    public static ILocator MessageBody(ILocator message) => message.Locator("[aria-label='Message header'] ~ div").First;

    /// <summary>Clicks the button titled exactly <paramref name="button"/> on <paramref name="card"/>.</summary>
    public static Task Click(ILocator card, string button) =>
        card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public void Log(string line) => _output.WriteLine($"{_clock.Elapsed.TotalSeconds,5:0.0} s  {line}");

    /// <summary>
    /// Opens the Playground and its personal chat. Every page load makes the Playground send installationUpdate +
    /// conversationUpdate again: the bot may answer them more than once, so this waits for a welcome, not for exactly one.
    /// </summary>
    public async Task OpenPersonalChatAsync(string welcomeTitle)
    {
        await Page.GotoAsync(Playground.Url);
        await Page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat", Exact = true }).ClickAsync();
        var welcome = BotMessages.Filter(new() { Has = Page.Locator(".ac-adaptiveCard", new() { HasText = welcomeTitle }) });
        await Expect(welcome.First).ToBeVisibleAsync(new() { Timeout = (float)FirstReplyTimeout.TotalMilliseconds });
        Log("welcome card shown");
    }

    /// <summary>Types <paramref name="text"/> in the chat box and sends it.</summary>
    public async Task SendAsync(string text)
    {
        await Page.Locator("[role='textbox'][contenteditable='true']").FillAsync(text);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send Message", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Does <paramref name="act"/> and waits until one more card containing <paramref name="title"/> is visible than
    /// before it (a question asked again after "terug" looks like the earlier one); returns that newest card.
    /// </summary>
    public async Task<ILocator> ExpectNewCardAsync(string title, Func<Task> act, TimeSpan? timeout = null)
    {
        var cards = Cards(title);
        var before = await cards.CountAsync();
        await act();
        await Expect(cards).ToHaveCountAsync(before + 1, new() { Timeout = (float)(timeout ?? ReplyTimeout).TotalMilliseconds });
        var card = cards.Nth(before);
        await Expect(card).ToBeVisibleAsync();
        Log($"card: {title}");
        return card;
    }

    /// <summary>
    /// Does <paramref name="act"/> (the answer that creates the project) and returns the agreement question's card.
    /// When an earlier end-to-end test opened the Playground's team, the bot knows it and first asks which team the
    /// werkgroep works in: this answers "without a team", so such tests run the same in any order.
    /// </summary>
    public async Task<ILocator> ExpectInstemmingAsync(Func<Task> act)
    {
        var either = Page.Locator(".ac-adaptiveCard", new() { HasTextRegex = new Regex($"{Regex.Escape(FormationQuestions.AskTeam)}|{Regex.Escape(FormationQuestions.AskInstemming)}") });
        var before = await either.CountAsync();
        await act();
        await Expect(either).ToHaveCountAsync(before + 1, new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        var card = either.Nth(before);
        if (await card.GetByText(FormationQuestions.AskTeam).CountAsync() > 0)
        {
            return await ExpectNewCardAsync(FormationQuestions.AskInstemming, () => Click(card, "Verder zonder team"));
        }

        Log($"card: {FormationQuestions.AskInstemming}");
        return card;
    }

    /// <summary>
    /// A project of this test's own, typed as a projectleider does (<c>nieuw project</c>, the gemeente, the area): the
    /// Playground's user is the same in every end-to-end test and "start" resumes her latest project. Returns the
    /// agreement question's card.
    /// </summary>
    public async Task<ILocator> NewProjectAsync(string gemeente, string gebied)
    {
        await ExpectNewCardAsync(FormationQuestions.AskGemeente, () => SendAsync("nieuw project"), FirstReplyTimeout);
        return await ExpectInstemmingAsync(async () =>
        {
            await SendAsync(gemeente);
            await Cards(FormationQuestions.AskGebied).Last.WaitForAsync();
            await SendAsync(gebied);
        });
    }

    /// <summary>A screenshot of <paramref name="element"/> when it is on the page, else of the whole page.</summary>
    public async Task ScreenshotAsync(string path, ILocator? element = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            if (element is not null && await element.CountAsync() > 0)
            {
                // The chat scrolls inside the page: a card taller than the window would come out cut off or
                // blank, so the window grows to hold it first.
                var box = await element.First.BoundingBoxAsync(new() { Timeout = 5000 });
                if (box is not null && box.Height + 300 > Page.ViewportSize!.Height)
                {
                    await Page.SetViewportSizeAsync(Page.ViewportSize.Width, (int)Math.Min(box.Height + 300, 8000));
                }

                await element.First.ScrollIntoViewIfNeededAsync(new() { Timeout = 5000 });
                await element.First.ScreenshotAsync(new() { Path = path, Timeout = 10000 });
            }
            else
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 10000 });
            }

            _output.WriteLine($"Screenshot: {path}");
        }
        catch (PlaywrightException e)
        {
            _output.WriteLine($"No screenshot {path}: {e.Message}");
        }
    }

    /// <summary>For a failed test: the page as it was, the Playground's log and its console, under TestResults/e2e/.</summary>
    public async Task SaveEvidenceAsync(string testName)
    {
        var folder = Directory.CreateDirectory(RepositoryRoot.Combine("TestResults", "e2e")).FullName;
        var stem = Path.Combine(folder, $"{testName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        await ScreenshotAsync($"{stem}.png");

        if (File.Exists(Playground.LogPath))
        {
            File.Copy(Playground.LogPath, $"{stem}-playground.log", overwrite: true);
            _output.WriteLine($"Playground log: {stem}-playground.log");
        }

        await File.WriteAllTextAsync($"{stem}-playground-console.log", Playground.ConsoleOutput);
        _output.WriteLine($"Playground console: {stem}-playground-console.log");

        if (_bot is not null)
        {
            await File.WriteAllTextAsync($"{stem}-bot-activities.log", _bot.ReceivedActivities);
            _output.WriteLine($"Activities the bot received: {stem}-bot-activities.log");
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].DisposeAsync();
        }

        _playwright?.Dispose();
    }

    internal static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
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
}
