using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// A document asked for as a projectleider does in Teams: a new project, <c>status</c>, the overview's
/// <b>Documenten</b>, then the voortgangsrapportage on the choice of documents. The bot says what it made and what the
/// document says is not filled in yet, and offers the file as Teams' file consent card (the Playground does not draw
/// that card: it names it, which is what is asserted; accepting it is DocumentConversationTests'). Screenshots of each
/// step in TestResults/e2e/documents/. Takes about 20 s.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(AzuriteCollection.Name)]
public sealed class DocumentRequestTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string OverviewSubtitle = "Werkgroep KVU: stand van zaken";
    private const string DocumentsTitle = "Documenten van de KVU Zwolle – Binnenstad";
    private const string FileConsentShown = "File Consent Card";

    private static readonly string Folder = RepositoryRoot.Combine("TestResults", "e2e", "documents");

    [Fact]
    public async Task The_projectleider_asks_for_the_voortgangsrapportage_from_the_overview_and_gets_the_file_card()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true); // never leave the last run's pictures as this run's
        }

        await using var chat = await PlaygroundChat.StartAsync(azurite.ConnectionString, output);
        try
        {
            await chat.OpenPersonalChatAsync(PlaygroundChatTests.WelcomeTitle);
            await chat.NewProjectAsync("Zwolle", "Binnenstad");
            await chat.SendAsync("stop");

            var overview = await chat.ExpectNewCardAsync(OverviewSubtitle, () => chat.SendAsync("status"));
            await chat.ScreenshotAsync(Path.Combine(Folder, "1-overview.png"), overview);

            var documents = await chat.ExpectNewCardAsync(DocumentsTitle, () => PlaygroundChat.Click(overview, "Documenten"));
            await Expect(documents).ToContainTextAsync("Periode van de voortgangsrapportage");
            await chat.ScreenshotAsync(Path.Combine(Folder, "2-choice-of-documents.png"), documents);

            var offers = chat.BotMessages.Filter(new() { HasText = FileConsentShown });
            var before = await offers.CountAsync();
            await PlaygroundChat.Click(documents, "Voortgangsrapportage");
            await Expect(offers).ToHaveCountAsync(before + 1, new() { Timeout = (float)PlaygroundChat.ReplyTimeout.TotalMilliseconds });
            var made = chat.BotMessages.Filter(new() { HasText = "Voortgangsrapportage voor Zwolle – Binnenstad is gemaakt." });
            await Expect(made.Last).ToBeVisibleAsync();
            await Expect(made.Last).ToContainTextAsync("Nog niet ingevuld (staat zo in het document): de werkgroep, doelen, metingen, maatregelen, budget.");
            chat.Log("the voortgangsrapportage is offered as a file card");
            await chat.Page.SetViewportSizeAsync(1400, 1400);
            await chat.ScreenshotAsync(Path.Combine(Folder, "3-file-consent-card.png"));
        }
        catch
        {
            await chat.SaveEvidenceAsync(nameof(DocumentRequestTests));
            throw;
        }
    }
}
