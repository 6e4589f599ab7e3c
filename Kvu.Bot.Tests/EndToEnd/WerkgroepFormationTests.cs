using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Kvu.Bot.Tests.EndToEnd.FormationQuestions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// The projectleider of gemeente Zwolle forms a small werkgroep for the Binnenstad in the Playground's personal
/// chat, as a person would: buttons, card fields, drop-downs and typed answers, one "terug" on the way, until the
/// overview card shows the werkgroep and what is still open. Its screenshot is kept either way in
/// TestResults/e2e/werkgroep-overview.png. Takes about 30 s.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(AzuriteCollection.Name)]
public sealed class WerkgroepFormationTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string OverviewTitle = "Zwolle – Binnenstad";
    private const string Finished = "De werkgroep is ingericht.";

    private static readonly string OverviewScreenshot = RepositoryRoot.Combine("TestResults", "e2e", "werkgroep-overview.png");

    [Fact]
    public async Task Projectleider_forms_a_werkgroep_for_Zwolle_Binnenstad_and_sees_the_overview_with_open_points()
    {
        if (File.Exists(OverviewScreenshot))
        {
            File.Delete(OverviewScreenshot); // Never leave the last run's picture as this run's.
        }

        await using var chat = await PlaygroundChat.StartAsync(azurite.ConnectionString, output);
        var overview = chat.Cards("Werkgroep KVU: stand van zaken").Filter(new() { HasText = OverviewTitle });
        try
        {
            await chat.OpenPersonalChatAsync(PlaygroundChatTests.WelcomeTitle);

            // The Playground's user is the same in every end-to-end test (and "start" resumes her latest project),
            // so each test begins a project of its own.

            var card = await chat.ExpectNewCardAsync(AskGemeente, () => chat.SendAsync("nieuw project"), PlaygroundChat.FirstReplyTimeout);
            await card.GetByLabel("Gemeente").FillAsync("Zwolle");
            card = await chat.ExpectNewCardAsync(AskGebied, () => PlaygroundChat.Click(card, "Verder"));

            // Typed rather than filled in: the card's field is a convenience.
            card = await chat.ExpectInstemmingAsync(() => chat.SendAsync("Binnenstad"));
            await Expect(chat.BotMessages.Filter(new() { HasText = "Het project Zwolle – Binnenstad is aangemaakt" })).ToHaveCountAsync(1);

            card = await chat.ExpectNewCardAsync(AskIntentieverklaring, () => PlaygroundChat.Click(card, "Ja, ingestemd en bijdrage toegezegd"));
            card = await chat.ExpectNewCardAsync(AskProjectleider, () => PlaygroundChat.Click(card, "Wordt opgesteld"));

            // One step back: the intentieverklaring is asked again (not the date, which "Wordt opgesteld" skipped).
            card = await chat.ExpectNewCardAsync(AskIntentieverklaring, () => chat.SendAsync("terug"));
            card = await chat.ExpectNewCardAsync(AskProjectleider, () => PlaygroundChat.Click(card, "Wordt opgesteld"));

            card = await chat.ExpectNewCardAsync(AskSecretaris, () => PlaygroundChat.Click(card, "Uit de gemeente"));
            card = await chat.ExpectNewCardAsync(AskProcesbegeleider, () => PlaygroundChat.Click(card, "Later"));
            card = await chat.ExpectNewCardAsync(AskPolitie, () => PlaygroundChat.Click(card, "Nee"));

            await card.GetByLabel(new Regex("^Naam")).FillAsync("Mark de Vries");
            await card.GetByLabel(new Regex("^E-mailadres")).FillAsync("m.devries@politie.example");
            await Choose(chat, card, "Mandaat", "Kan zelf beslissen");
            card = await chat.ExpectNewCardAsync(AskKhnAfdeling, () => PlaygroundChat.Click(card, "Verder"));
            await ExpectBotSays(chat, "Mark de Vries is toegevoegd als lid namens Politie.");

            card = await chat.ExpectNewCardAsync(AskHorecaOndernemer, () => chat.SendAsync("Ingrid Jansen, ingrid.jansen@khn-zwolle.example"));
            await ExpectBotSays(chat, "Ingrid Jansen is toegevoegd als lid namens Koninklijke Horeca Nederland.");

            await card.GetByLabel(new Regex("^Naam")).FillAsync("Peter Bakker");
            await card.GetByLabel(new Regex("^E-mailadres")).FillAsync("peter@cafedemarkt.example");

            // Verder with the organisation left empty: the card says what is missing, under the field.
            await PlaygroundChat.Click(card, "Verder");
            await Expect(card.GetByText("Organisatie: vul dit in om verder te gaan.")).ToBeVisibleAsync();
            await card.GetByLabel("Organisatie").FillAsync("Café De Markt");
            card = await chat.ExpectNewCardAsync(AskMoreHoreca, () => PlaygroundChat.Click(card, "Verder"));
            card = await chat.ExpectNewCardAsync(AskRegioadviseur, () => PlaygroundChat.Click(card, "Nee"));

            await card.GetByLabel(new Regex("^Naam")).FillAsync("Sanne Visser");
            await card.GetByLabel(new Regex("^E-mailadres")).FillAsync("s.visser@khn.example");
            card = await chat.ExpectNewCardAsync(AskBrandweer, () => PlaygroundChat.Click(card, "Verder"));
            card = await chat.ExpectNewCardAsync(AskExtraRoles, () => PlaygroundChat.Click(card, "Later invullen"));
            card = await chat.ExpectNewCardAsync(AskAreas, () => PlaygroundChat.Click(card, "Nee, verder"));

            await card.GetByLabel("Horecastraten").FillAsync("Diezerstraat");
            await card.GetByLabel("Horecapleinen").FillAsync("Grote Markt");
            card = await chat.ExpectNewCardAsync(AskCoverage, () => PlaygroundChat.Click(card, "Verder"));

            // Peter Bakker covers the Diezerstraat; the Grote Markt keeps "(nog niemand)" and becomes an open point.
            await Choose(chat, card, "Diezerstraat (Horecastraat)", "Peter Bakker (Café De Markt)");
            card = await chat.ExpectNewCardAsync(AskRestaurants, () => PlaygroundChat.Click(card, "Verder"));
            card = await chat.ExpectNewCardAsync(AskBodies, () => PlaygroundChat.Click(card, "Nee"));
            var finalCard = card;
            await chat.ExpectNewCardAsync(OverviewTitle, () => PlaygroundChat.Click(finalCard, "Geen"));
            await ExpectBotSays(chat, Finished);

            // The overview opens compact; the werkgroep and every open point are one click away.
            var shown = overview.Last;
            await Expect(shown).ToContainTextAsync("Wat nu:");
            await PlaygroundChat.Click(shown, "Volledig overzicht");
            foreach (var expected in new[]
                     {
                         "Mark de Vries", "Ingrid Jansen", "Peter Bakker", "Sanne Visser",
                         "Brandweer: nog niet in de werkgroep (vaak wel)",
                         "Grote Markt: nog geen horecavertegenwoordiger voor dit gebied",
                         "nog geen plaatsvervanger",
                     })
            {
                await Expect(shown).ToContainTextAsync(expected);
            }

            chat.Log("overview shows the werkgroep and its open points");
        }
        catch
        {
            await chat.SaveEvidenceAsync(nameof(WerkgroepFormationTests));
            throw;
        }
        finally
        {
            await chat.ScreenshotAsync(OverviewScreenshot, overview.Last);
        }
    }

    /// <summary>A drop-down (Input.ChoiceSet, compact): the Playground draws it as a Fluent combobox with a pop-up list.</summary>
    private static async Task Choose(PlaygroundChat chat, ILocator card, string label, string option)
    {
        var box = card.GetByRole(AriaRole.Combobox, new() { Name = label });
        await box.ClickAsync();
        await chat.Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(box).ToHaveValueAsync(option);
    }

    private static Task ExpectBotSays(PlaygroundChat chat, string text) =>
        Expect(chat.BotMessages.Filter(new() { HasText = text }).First).ToBeVisibleAsync(new() { Timeout = (float)PlaygroundChat.ReplyTimeout.TotalMilliseconds });
}
