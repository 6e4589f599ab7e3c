using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// A projectleider takes a member out of the werkgroep as she would in Teams: <c>wijzig politie</c>, "Lid verwijderen"
/// on his card, the question whether she is sure, "Ja". The bot says it is done and shows the overview without him.
/// Screenshots of the question and the overview in TestResults/e2e/removal/. Takes about 20 s.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(AzuriteCollection.Name)]
public sealed class MemberRemovalTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string OverviewSubtitle = "Werkgroep KVU: stand van zaken";
    private const string Confirm = "Mark de Vries (Politie) uit de werkgroep halen?";

    private static readonly string Folder = RepositoryRoot.Combine("TestResults", "e2e", "removal");

    [Fact]
    public async Task The_projectleider_removes_a_member_after_confirming_and_sees_the_overview_without_him()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true); // never leave the last run's pictures as this run's
        }

        await using var chat = await PlaygroundChat.StartAsync(azurite.ConnectionString, output);
        try
        {
            await chat.OpenPersonalChatAsync(PlaygroundChatTests.WelcomeTitle);
            await chat.NewProjectAsync("Deventer", "Brink");
            await chat.SendAsync("stop");

            var card = await chat.ExpectNewCardAsync("Politie", () => chat.SendAsync("wijzig politie"));
            await card.GetByLabel(new Regex("^Naam")).FillAsync("Mark de Vries");
            await card.GetByLabel(new Regex("^E-mailadres")).FillAsync("m.devries@politie.example");
            await chat.ExpectNewCardAsync(OverviewSubtitle, () => PlaygroundChat.Click(card, "Verder"));

            card = await chat.ExpectNewCardAsync("Wijzig de vertegenwoordiger van Politie: Mark de Vries", () => chat.SendAsync("wijzig politie"));
            var question = await chat.ExpectNewCardAsync(Confirm, () => PlaygroundChat.Click(card, "Lid verwijderen"));
            await Expect(question).ToContainTextAsync("Bij openstaande besluiten telt deze stem niet meer mee");
            await chat.ScreenshotAsync(Path.Combine(Folder, "1-are-you-sure.png"), question);

            var overview = await chat.ExpectNewCardAsync(OverviewSubtitle, () => PlaygroundChat.Click(question, "Ja, uit de werkgroep halen"));
            await Expect(chat.BotMessages.Filter(new() { HasText = "Mark de Vries is uit de werkgroep gehaald." }).Last).ToBeVisibleAsync();
            await Expect(overview).Not.ToContainTextAsync("Mark de Vries");
            chat.Log("the member is gone from the overview");
            await chat.ScreenshotAsync(Path.Combine(Folder, "2-overview-without-him.png"), overview);
        }
        catch
        {
            await chat.SaveEvidenceAsync(nameof(MemberRemovalTests));
            throw;
        }
    }
}
