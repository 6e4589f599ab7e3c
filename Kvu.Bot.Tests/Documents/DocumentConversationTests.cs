using System.Globalization;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Kvu.Bot.Common;
using Kvu.Bot.Documents;
using Kvu.Bot.Files;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Documents;

/// <summary>
/// The projectleider asks for a document in her own chat through /api/messages, gets Teams' file consent card, allows
/// it, and the .docx that lands in the upload session (the fake connector's, standing in for her OneDrive) is the
/// project's; members, channels and English Teams are answered as they should be; the reporting rhythm shows in the
/// weekly status.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DocumentConversationTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task A_typed_request_gives_a_file_card_and_accepting_it_delivers_the_project_report_to_her_OneDrive()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);

        var replies = await chat.SayAsync("document voortgangsrapportage van 01-07-2026 tot 30-09-2026");

        Assert.Contains("Voortgangsrapportage voor Zwolle – Binnenstad is gemaakt.", chat.LastText);
        Assert.Contains("Nog niet ingevuld (staat zo in het document): doelen, metingen, maatregelen, budget.", chat.LastText);
        var consent = replies.Select(r => r.Attachment(FileCards.ConsentContentType)).OfType<JsonObject>().Single();
        Assert.Equal("Voortgangsrapportage KVU Binnenstad Zwolle 2026-07-01 tot 2026-09-30.docx", consent["name"]!.GetValue<string>());
        var offerId = consent["content"]!["acceptContext"]!["offerId"]!.GetValue<string>();

        await Bot.PostActivityAsync(w.Teams.FileConsent(chat.ConversationId, offerId, accept: true, Connector.UploadUrl("report"), "Voortgangsrapportage.docx", from: w.Projectleider));

        var upload = Assert.Single(Connector.Uploads, u => u.Session == "report");
        Assert.Empty(OfficeDocumentsFixture.ValidationErrors(upload.Content));
        var text = OfficeDocumentsFixture.Text(upload.Content);
        Assert.Contains("Binnenstad, gemeente Zwolle", text);
        Assert.Contains("Periode: 1 juli 2026 tot en met 30 september 2026", text);
        Assert.Contains("Mark Jansen", text);
        Assert.Contains(Connector.SentTo(chat.ConversationId), a => a.Attachment(FileCards.InfoContentType) is not null);
    }

    [Fact]
    public async Task The_card_offers_every_document_and_its_buttons_make_them_and_cancel()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);

        await chat.SayAsync("document");
        var card = chat.LastCard!;
        Assert.Contains("Documenten van de KVU Zwolle – Binnenstad", ApprovalExamples.Read(card));
        Assert.All(await AdaptiveCardValidator.ValidateAsync([card]), p => Assert.Empty(p));
        var buttons = card.ToJsonString();
        foreach (var kind in new[] { "Plan van aanpak", "Intentieverklaring", "Convenant", "Voortgangsrapportage", "Annuleren" })
        {
            Assert.Contains($"\"title\":\"{kind}\"", buttons);
        }

        var convenant = await chat.SubmitAsync(new JsonObject { ["verb"] = DocumentVerbs.Make, [DocumentVerbs.KindField] = nameof(DocumentKind.Convenant) });
        Assert.Contains("Convenant voor Zwolle – Binnenstad is gemaakt.", chat.LastText);
        Assert.Contains("ondertekenaars van het convenant", chat.LastText);
        Assert.Contains("vergaderfrequentie, wie waarover beslist, planning van tussenmetingen en nameting", chat.LastText);
        Assert.StartsWith("Convenant KVU Binnenstad Zwolle", convenant.Select(r => r.Attachment(FileCards.ConsentContentType)).OfType<JsonObject>().Single()["name"]!.GetValue<string>());

        await chat.SayAsync("document");
        await chat.ClickAsync("Voortgangsrapportage", new Dictionary<string, string> { ["from"] = "2026-10-01", ["to"] = "2026-11-30" });
        Assert.Contains(chat.Last, r => r.Attachment(FileCards.ConsentContentType)?["name"]?.GetValue<string>().EndsWith("2026-10-01 tot 2026-11-30.docx", StringComparison.Ordinal) == true);

        await chat.SayAsync("document");
        await chat.ClickAsync("Annuleren", replyToId: "sent-card");
        Assert.Contains(Connector.Sent, a => a.Method == "PUT" && a.Text == "Geen document gemaakt.");
    }

    [Fact]
    public async Task Members_channels_bad_periods_and_English_Teams_get_a_clear_answer()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        await w.LinkChannelAsync();

        await Bot.Services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TeamsActivity.TenantId, w.Members[0].AadObjectId, w.Project.Id, "Zwolle", "Binnenstad", ProjectAccessRole.Member, ApprovalExamples.Start), CancellationToken.None);
        var member = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Members[0]);
        await member.SayAsync("document plan van aanpak");
        Assert.Contains("Alleen de projectleider of de projectsecretaris", member.LastText);

        await Bot.PostActivityAsync(w.Teams.ChannelMessage(w.Channel, "document intentieverklaring", from: w.Projectleider));
        Assert.Contains("alleen in je eigen chat met Kvu.Bot", w.SentInChannel().Last().Text);
        Assert.DoesNotContain(w.SentInChannel(), a => a.Attachment(FileCards.ConsentContentType) is not null);

        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await chat.SayAsync("document voortgangsrapportage van 31-03-2026 tot 01-01-2026");
        Assert.Contains("De einddatum (1 januari 2026) ligt vóór de begindatum (31 maart 2026).", chat.LastText);

        var english = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "en-US", w.Projectleider);
        await english.SayAsync("document declaration of intent");
        Assert.Contains("Declaration of intent (intentieverklaring) for Zwolle – Binnenstad is ready.", english.LastText);
        Assert.Contains("Choose **Allow**", english.LastText.Replace("Kies **Toestaan**", "Choose **Allow**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_the_report_cannot_cover_is_answered_with_what_is_wrong_and_an_example_that_is_accepted()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        var today = DutchTime.Date(DateTimeOffset.UtcNow);
        var quarter = DocumentPeriod.LastQuarter(today);
        static string Typed(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

        await chat.SayAsync("document voortgangsrapportage van 1 januari tot eind maart");
        Assert.Contains($"Die periode begrijp ik niet. Typ de begin- en einddatum als dag-maand-jaar, bijvoorbeeld `document voortgangsrapportage van {Typed(quarter.From)} tot {Typed(quarter.To)}` (het laatste hele kwartaal).", chat.LastText);
        await TypeTheExampleAsync(chat);

        var start = today.AddMonths(-2);
        await chat.SayAsync($"document voortgangsrapportage van {Typed(start)} tot {Typed(today.AddDays(1))}");
        Assert.Contains($"De datum {CardParts.Date(today.AddDays(1), Dutch)} ligt na vandaag ({CardParts.Date(today, Dutch)}). Een voortgangsrapportage gaat over wat al gebeurd is", chat.LastText);
        Assert.Contains($"laat de periode uiterlijk vandaag eindigen, bijvoorbeeld `document voortgangsrapportage van {Typed(start)} tot {Typed(today)}`", chat.LastText);
        await TypeTheExampleAsync(chat);

        await chat.SayAsync("document voortgangsrapportage van 01-01-2099 tot 31-03-2099");
        Assert.Contains("De datum 31 maart 2099 ligt na vandaag", chat.LastText);
        await TypeTheExampleAsync(chat);

        await chat.SayAsync("document voortgangsrapportage sinds 01-01-2099");
        Assert.Contains("De datum 1 januari 2099 ligt na vandaag", chat.LastText);
        await TypeTheExampleAsync(chat);

        await chat.SayAsync($"document voortgangsrapportage van {Typed(quarter.To)} tot {Typed(quarter.From)}");
        Assert.Contains("ligt vóór de begindatum", chat.LastText);
        Assert.Contains($"Typ eerst de begindatum en dan de einddatum, bijvoorbeeld `document voortgangsrapportage van {Typed(quarter.From)} tot {Typed(quarter.To)}`.", chat.LastText);
        await TypeTheExampleAsync(chat);

        var english = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "en-US", w.Projectleider);
        await english.SayAsync("document progress report from 2026-13-01 to 2026-14-01");
        Assert.Contains($"I don't understand that period. Type the start and end date as day-month-year, for example `document progress report from {Typed(quarter.From)} to {Typed(quarter.To)}`", english.LastText);
    }

    /// <summary>Types the command the bot's last answer gave as an example, and checks that it makes the report.</summary>
    private static async Task TypeTheExampleAsync(TeamsChat chat)
    {
        var example = chat.LastText.Split('`')[1];
        await chat.SayAsync(example);
        Assert.Contains("Voortgangsrapportage voor Zwolle – Binnenstad is gemaakt.", chat.LastText);
    }

    [Fact]
    public async Task The_reporting_rhythm_shows_in_the_weekly_status_and_making_the_report_moves_it_on()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var chat = await w.LinkChannelAsync();
        var today = DutchTime.Date(DateTimeOffset.UtcNow);

        await chat.SayAsync("rapportage elk kwartaal vanaf " + today.AddDays(10).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        Assert.Contains("De voortgangsrapportage aan B&W en de gemeenteraad komt elke 3 maanden", chat.LastText);

        var now = DateTimeOffset.UtcNow;
        await Bot.Services.GetRequiredService<StatusDelivery>().DeliverAsync(w.Project.TenantId, w.Project.Id, now, now.AddDays(-7), tenant: null, CancellationToken.None);
        var weekly = ApprovalExamples.Read(w.SentInChannel().Last().Cards.Single());
        Assert.Contains("Rapportage aan B&W", weekly);
        Assert.Contains("De voortgangsrapportage aan B&W moet uiterlijk", weekly);

        await chat.SayAsync("document voortgangsrapportage");
        var project = await Bot.Services.GetRequiredService<ProjectStore>().GetAsync(w.Project.Key, CancellationToken.None);
        Assert.Equal(today.AddDays(10).AddMonths(3), project!.Reporting!.NextDue);
        Assert.Equal(today, project.Reporting.LastReported);

        await chat.SayAsync("rapportage");
        Assert.Contains("de volgende uiterlijk", chat.LastText);
        await chat.SayAsync("rapportage elke 13 maanden");
        Assert.Contains("1 tot 12 maanden", chat.LastText);
        await chat.SayAsync("rapportage uit");
        await Bot.Services.GetRequiredService<StatusDelivery>().DeliverAsync(w.Project.TenantId, w.Project.Id, now.AddDays(7), now, tenant: null, CancellationToken.None);
        Assert.DoesNotContain("Rapportage aan B&W", ApprovalExamples.Read(w.SentInChannel().Last().Cards.Single()));
    }
}
