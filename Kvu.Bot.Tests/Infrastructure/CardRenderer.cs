using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Renders Adaptive Cards to PNG with the adaptivecards library in headless Chromium (the Debian package at
/// /usr/bin/chromium; Playwright must never download a browser here), at about the width of a Teams chat card.
/// One browser and one page per fixture; cards render one at a time.
/// </summary>
public sealed class CardRenderer : IAsyncLifetime
{
    public const int Width = 450;

    /// <summary>Close to Teams' light theme: Segoe UI, its accent and status colours, compact spacing.</summary>
    private const string HostConfig = """
        {
          "fontFamily": "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
          "spacing": { "small": 4, "default": 8, "medium": 12, "large": 16, "extraLarge": 24, "padding": 16 },
          "separator": { "lineThickness": 1, "lineColor": "#E1DFDD" },
          "fontSizes": { "small": 12, "default": 14, "medium": 16, "large": 18, "extraLarge": 24 },
          "containerStyles": {
            "default": {
              "backgroundColor": "#FFFFFF",
              "foregroundColors": {
                "default": { "default": "#242424", "subtle": "#616161" },
                "accent": { "default": "#5B5FC7", "subtle": "#5B5FC7" },
                "good": { "default": "#0E7A0B", "subtle": "#0E7A0B" },
                "warning": { "default": "#8A5A00", "subtle": "#8A5A00" },
                "attention": { "default": "#C4314B", "subtle": "#C4314B" }
              }
            }
          },
          "actions": { "maxActions": 6, "buttonSpacing": 8, "showCard": { "actionMode": "Inline", "inlineTopMargin": 12 }, "actionsOrientation": "Horizontal", "actionAlignment": "Left" }
        }
        """;

    private readonly SemaphoreSlim onePageAtATime = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IPage? page;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        // One page with the library loaded once: loading it per card costs more than rendering.
        page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = Width + 40, Height = 800 } });
        await page.SetContentAsync($"<html><body style=\"margin:0;background:#F5F5F5\"><div id=\"card\" style=\"width:{Width}px;margin:20px;background:#fff;border:1px solid #E1DFDD;border-radius:6px;overflow:hidden\"></div></body></html>");
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Path = RepositoryRoot.Combine("node_modules", "adaptivecards", "dist", "adaptivecards.css") });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = RepositoryRoot.Combine("node_modules", "adaptivecards", "dist", "adaptivecards.min.js") });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        onePageAtATime.Dispose();
    }

    /// <summary>Renders the card, optionally clicks the button titled <paramref name="click"/>, and saves a PNG.</summary>
    public async Task RenderAsync(JsonObject card, string pngPath, string? click = null)
    {
        var page = this.page ?? throw new InvalidOperationException("InitializeAsync first.");
        await onePageAtATime.WaitAsync();
        try
        {
            var error = await page.EvaluateAsync<string?>(
                """
                ([card, hostConfig]) => {
                  const adaptiveCard = new AdaptiveCards.AdaptiveCard();
                  adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfig));
                  adaptiveCard.parse(JSON.parse(card));
                  const element = adaptiveCard.render();
                  if (!element) return 'nothing rendered';
                  document.getElementById('card').replaceChildren(element);
                  return null;
                }
                """,
                new object[] { card.ToJsonString(), HostConfig });
            if (error is not null)
            {
                throw new InvalidOperationException(error);
            }

            if (click is not null)
            {
                await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = click, Exact = true }).First.ClickAsync();
            }

            // No hover highlight left over from an earlier click.
            await page.Mouse.MoveAsync(0, 0);
            Directory.CreateDirectory(Path.GetDirectoryName(pngPath)!);
            await page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = pngPath });
        }
        finally
        {
            onePageAtATime.Release();
        }
    }
}
