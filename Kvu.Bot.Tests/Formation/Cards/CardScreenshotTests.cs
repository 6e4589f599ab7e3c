using Kvu.Bot.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Formation.Cards;

/// <summary>
/// Renders every card with the adaptivecards library in headless Chromium at about Teams' card width and saves
/// TestResults/cards/{name}.png, so a person can look at what members see. Rendering must not fail; how it looks is
/// for the eye.
/// </summary>
public class CardScreenshotTests(CardRenderer renderer) : IClassFixture<CardRenderer>
{
    private static readonly string Folder = RepositoryRoot.Combine("TestResults", "cards");

    [Fact]
    public async Task Every_card_renders_in_a_browser()
    {
        foreach (var (name, card) in CardSamples.AllCards())
        {
            var path = Path.Combine(Folder, $"{name}.png");
            await renderer.RenderAsync(card, path);
            Assert.True(new FileInfo(path).Length > 1000, $"{name}: empty screenshot");
        }
    }

    [Fact]
    public async Task The_edit_menu_opens_inside_the_overview()
    {
        var path = Path.Combine(Folder, "overview-zwolle-nl-edit.png");

        await renderer.RenderAsync(OverviewCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.Dutch), path, click: "Wijzig...");

        Assert.True(new FileInfo(path).Length > 1000);
    }
}
