using System.Diagnostics;
using System.Text.Json;
using Kvu.Bot.Tests.EndToEnd;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.Dashboard;

/// <summary>
/// The tab's page in Chromium, signed in the local-development way (?devUser=, no app id configured), at a big
/// screen's width and a phone's: what the projectleider sees, screenshots in TestResults/dashboard/, and axe-core
/// (the pinned npm package, injected into the page) finding no serious or critical accessibility violation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardPageTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly string Screenshots = RepositoryRoot.Combine("TestResults", "dashboard");

    [Fact]
    public async Task The_page_shows_the_project_in_dutch_on_a_big_screen_and_in_english_on_a_phone_without_serious_accessibility_violations()
    {
        Directory.CreateDirectory(Screenshots);
        await using var bot = KestrelBot.Start(azurite.ConnectionString);
        var werkgroep = await DashboardWerkgroep.SeedAsync(bot.Services);
        var address = new Uri(bot.BaseAddress, $"/dashboard/?devUser={werkgroep.TenantId}/{DashboardWerkgroep.MariekeId}");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PlaygroundChat.LaunchChromiumAsync(playwright);

        var desktop = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, Locale = "nl-NL" });
        var started = Stopwatch.StartNew();
        await desktop.GotoAsync(address.ToString());
        await Expect(desktop.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zwolle – Binnenstad Zwolle");
        output.WriteLine($"First render (desktop, Dutch): {started.ElapsedMilliseconds} ms");
        await Expect(desktop.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(desktop.GetByText("Nog te reageren: Wim Hendriks")).ToBeVisibleAsync();
        await Expect(desktop.Locator("[aria-current=step]")).ToContainTextAsync("Veiligheidsanalyse");
        await Expect(desktop.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wim Hendriks" })).ToContainTextAsync("Linda van Dam");
        // The measured goal's chart is an image whose name is its figures, as a screen reader reads it.
        var chart = desktop.Locator(".card-goals svg[role=img]");
        await Expect(chart).ToHaveCountAsync(1);
        Assert.StartsWith("Incidenten per weekendnacht: nulmeting 4,5", await chart.GetAttributeAsync("aria-label"));
        await Expect(desktop.Locator(".card-goals")).ToContainTextAsync("0 van 2 doelen bereikt");
        await Expect(desktop.Locator(".card-measures")).ToContainTextAsync("2 maatregelen van 2 partijen");
        await Expect(desktop.Locator(".card-measures li").First.Locator(".state")).ToHaveTextAsync("loopt");
        await Expect(desktop.Locator(".card-measures li").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("voor d1 · Wim Hendriks · 1 januari 2027 – 31 december 2027 · €\\s25\\.000"));
        // On a big screen the whole werkgroep table shows, status, mandate and substitute included, without scrolling.
        Assert.True(await desktop.EvaluateAsync<bool>("() => { const w = document.querySelector('.card-seats .table-wrap'); return w.scrollWidth <= w.clientWidth; }"),
            "The werkgroep's table is cut off at 1600 px");
        await desktop.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "desktop-nl.png"), FullPage = true });
        await AssertAccessibleAsync(desktop);

        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        await phone.GotoAsync(address + "&lang=en");
        await Expect(phone.GetByText("Still to respond: Wim Hendriks")).ToBeVisibleAsync();
        await Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "en");
        // Readable on a phone: nothing makes the page wider than the screen (the seats table scrolls in its own box).
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "phone-en.png"), FullPage = true });
        await AssertAccessibleAsync(phone);
    }

    [Fact]
    public async Task A_user_outside_the_werkgroep_is_told_so_and_sees_nothing_of_the_project()
    {
        await using var bot = KestrelBot.Start(azurite.ConnectionString);
        var werkgroep = await DashboardWerkgroep.SeedAsync(bot.Services);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PlaygroundChat.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "nl-NL" });

        await page.GotoAsync(new Uri(bot.BaseAddress, $"/dashboard/?project={werkgroep.ProjectId}&devUser={werkgroep.TenantId}/{Guid.NewGuid()}").ToString());

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Dit project bestaat niet of je hoort er niet bij.");
        Assert.DoesNotContain("Zwolle", await page.ContentAsync());
    }

    [Fact]
    public async Task The_team_tabs_configuration_view_offers_the_users_project_to_pick_and_not_the_dashboard()
    {
        Directory.CreateDirectory(Screenshots);
        await using var bot = KestrelBot.Start(azurite.ConnectionString);
        var werkgroep = await DashboardWerkgroep.SeedAsync(bot.Services);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PlaygroundChat.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "nl-NL" });

        // The manifest's configurationUrl: the same page as the tab, with ?configure.
        await page.GotoAsync(new Uri(bot.BaseAddress, $"/dashboard/?configure&devUser={werkgroep.TenantId}/{DashboardWerkgroep.MariekeId}").ToString());

        var picker = page.GetByLabel("Kies een project");
        await Expect(picker).ToBeVisibleAsync();
        await Expect(picker).ToHaveValueAsync(werkgroep.ProjectId);
        await Expect(page.GetByText("Klik op Opslaan om het tabblad toe te voegen.")).ToBeVisibleAsync();
        await Expect(page.Locator(".card")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "configure-nl.png"), FullPage = true });
        await AssertAccessibleAsync(page);
    }

    /// <summary>Outside Teams the page speaks the browser's language: these are a Dutch user's browser and an English phone.</summary>
    private async Task AssertAccessibleAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = RepositoryRoot.Combine("node_modules", "axe-core", "axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))");
        output.WriteLine($"axe-core: {violations}");
        var serious = violations.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => v.GetProperty("id").GetString())
            .ToList();
        Assert.True(serious.Count == 0, "axe-core found serious or critical violations: " + string.Join(", ", serious));
    }
}
