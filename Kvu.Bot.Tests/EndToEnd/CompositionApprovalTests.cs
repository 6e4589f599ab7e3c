using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Kvu.Bot.Tests.EndToEnd.FormationQuestions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// Universal Actions in a Teams client: the projectleider of gemeente Zwolle (who holds the gemeente's seat) puts
/// the composition of the werkgroep to the group, and approves it herself with the card's Akkoord button; the
/// politie's seat, typed by e-mail and not invited, is named as not reachable and keeps "everyone responded" away. The card
/// is replaced in place by her updated view (Action.Execute answered with the new card), not followed by a new
/// message. Its screenshot is kept in TestResults/e2e/composition-approved.png. Takes about 20 s.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(AzuriteCollection.Name)]
public sealed class CompositionApprovalTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string DecisionTitle = "Samenstelling van de werkgroep";

    private static readonly string Screenshot = RepositoryRoot.Combine("TestResults", "e2e", "composition-approved.png");
    private static readonly string InviteScreenshot = RepositoryRoot.Combine("TestResults", "e2e", "composition-invite-offer.png");
    private static readonly string ChangedSeatScreenshot = RepositoryRoot.Combine("TestResults", "e2e", "composition-seat-changed-summary.png");

    [Fact]
    public async Task The_projectleider_approves_the_composition_and_the_card_updates_in_place()
    {
        if (File.Exists(Screenshot))
        {
            File.Delete(Screenshot);
        }

        await using var chat = await PlaygroundChat.StartAsync(azurite.ConnectionString, output);
        var decisions = chat.Cards(DecisionTitle);
        try
        {
            var decision = await CompositionWithMarkPutAsync(chat);
            await Expect(decision).ToContainTextAsync("Nog te reageren: Marieke de Vries");
            await Expect(decision).ToContainTextAsync("Mark de Vries");
            // Mark de Vries was typed by name and e-mail and never invited: his seat should answer and cannot yet.
            await Expect(decision).ToContainTextAsync("0 van 2 akkoord");
            await Expect(decision).ToContainTextAsync("Kan nog niet reageren: Mark de Vries (nog niet uitgenodigd)");
            var messagesBefore = await chat.BotMessages.CountAsync();

            await PlaygroundChat.Click(decision, "Akkoord");

            await Expect(decision).ToContainTextAsync("Je bent akkoord met versie 1.", new() { Timeout = (float)PlaygroundChat.ReplyTimeout.TotalMilliseconds });
            await Expect(decision).ToContainTextAsync("1 van 2 akkoord");
            await Expect(decision).Not.ToContainTextAsync("Iedereen heeft gereageerd");
            await Expect(decisions).ToHaveCountAsync(1);
            Assert.Equal(messagesBefore, await chat.BotMessages.CountAsync());
            chat.Log("the decision card shows her approval in place");

            // The card offers to invite the seat that cannot respond; without a team the answer says how to get him in.
            await PlaygroundChat.Click(decision, "Nodig ze uit");
            await Expect(decision).ToContainTextAsync("Zonder Teams-account in het project: Mark de Vries", new() { Timeout = (float)PlaygroundChat.ReplyTimeout.TotalMilliseconds });
            await Expect(decision).ToContainTextAsync("1 van 2 akkoord");
            await chat.ScreenshotAsync(InviteScreenshot, decision);
        }
        catch
        {
            await chat.SaveEvidenceAsync(nameof(CompositionApprovalTests));
            throw;
        }
        finally
        {
            await chat.ScreenshotAsync(Screenshot, decisions.Last);
        }
    }

    /// <summary>
    /// The politie's seat changes hands after the composition was put to the werkgroep, and nobody touches the card:
    /// the progress summary the projectleider asks for names whoever holds the seat now, not the one who left.
    /// </summary>
    [Fact]
    public async Task A_seat_that_changes_hands_after_the_composition_was_put_is_reported_with_its_new_holder()
    {
        await using var chat = await PlaygroundChat.StartAsync(azurite.ConnectionString, output);
        try
        {
            var decision = await CompositionWithMarkPutAsync(chat);
            await Expect(decision).ToContainTextAsync("Kan nog niet reageren: Mark de Vries (nog niet uitgenodigd)");

            // Mark leaves; Ruud Kok takes the politie's seat.
            var card = await chat.ExpectNewCardAsync("Wijzig de vertegenwoordiger van Politie: Mark de Vries", () => chat.SendAsync("wijzig politie"));
            await card.GetByLabel(new Regex("^Naam")).FillAsync("Ruud Kok");
            await card.GetByLabel(new Regex("^E-mailadres")).FillAsync("r.kok@politie.example");
            var before = await chat.BotMessages.CountAsync();
            await PlaygroundChat.Click(card, "Verder");
            await Expect(chat.BotMessages).Not.ToHaveCountAsync(before, new() { Timeout = (float)PlaygroundChat.ReplyTimeout.TotalMilliseconds });

            var summary = await chat.ExpectNewCardAsync("Voortgang KVU Zwolle", () => chat.SendAsync("samenvatting"));
            var line = summary.GetByText(new Regex("^• .*Samenstelling van de werkgroep"));
            await Expect(line).ToContainTextAsync("Ruud Kok");
            await Expect(line).Not.ToContainTextAsync("Mark de Vries");
            await chat.ScreenshotAsync(ChangedSeatScreenshot, summary);
        }
        catch
        {
            await chat.SaveEvidenceAsync(nameof(CompositionApprovalTests) + "-seat-changed");
            throw;
        }
    }

    /// <summary>
    /// A new project in Zwolle, its first seats answered, the politie's seat given to Mark de Vries by name and e-mail
    /// (not invited); the rest of the werkgroep can wait: the composition so far is put to the group.
    /// </summary>
    /// <returns>The decision card.</returns>
    private static async Task<ILocator> CompositionWithMarkPutAsync(PlaygroundChat chat)
    {
        await chat.OpenPersonalChatAsync(PlaygroundChatTests.WelcomeTitle);
        var card = await chat.NewProjectAsync("Zwolle", "Binnenstad");
        card = await chat.ExpectNewCardAsync(AskIntentieverklaring, () => PlaygroundChat.Click(card, "Ja, ingestemd en bijdrage toegezegd"));
        card = await chat.ExpectNewCardAsync(AskProjectleider, () => PlaygroundChat.Click(card, "Wordt opgesteld"));
        card = await chat.ExpectNewCardAsync(AskSecretaris, () => PlaygroundChat.Click(card, "Uit de gemeente"));
        card = await chat.ExpectNewCardAsync(AskProcesbegeleider, () => PlaygroundChat.Click(card, "Later"));
        card = await chat.ExpectNewCardAsync(AskPolitie, () => PlaygroundChat.Click(card, "Nee"));
        await card.GetByLabel(new Regex("^Naam")).FillAsync("Mark de Vries");
        await card.GetByLabel(new Regex("^E-mailadres")).FillAsync("m.devries@politie.example");
        await chat.ExpectNewCardAsync(AskKhnAfdeling, () => PlaygroundChat.Click(card, "Verder"));
        await chat.SendAsync("stop");
        return await chat.ExpectNewCardAsync(DecisionTitle, () => chat.SendAsync("voorleggen samenstelling"));
    }
}
