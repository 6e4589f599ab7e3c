using System.Text.Json.Nodes;
using Kvu.Bot.Common;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Files;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Documents;

/// <summary>
/// The projectleider asks for a document by a click rather than a command: "Documenten" on the werkgroep overview opens
/// the choice of documents, and in the Uitvoering the phase card makes the voortgangsrapportage at once, written from
/// what is in storage (the measures' progress, the convenant's signing), through /api/messages as Teams sends the clicks.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DocumentButtonsTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    [Theory]
    [InlineData("nl-NL", "Documenten", "Documenten van de KVU Zwolle – Binnenstad", "Convenant")]
    [InlineData("en-US", "Documents", "Documents of the KVU Zwolle – Binnenstad", "Covenant (convenant)")]
    public async Task The_overviews_documents_button_opens_the_choice_and_a_document_there_comes_as_a_file_card(string locale, string button, string title, string document)
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, w.Projectleider);
        await chat.SayAsync("status");

        await chat.ClickAsync(button, replyToId: "overview");

        Assert.Contains(chat.Last, a => a.Method == "PUT" && a.ReplyToId == "overview"); // the overview says what was chosen
        Assert.Contains(title, ApprovalExamples.Read(chat.LastCard!));
        var made = await chat.ClickAsync(document);
        var consent = made.Select(r => r.Attachment(FileCards.ConsentContentType)).OfType<JsonObject>().Single();
        Assert.StartsWith("Convenant KVU Binnenstad Zwolle", consent["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_the_Uitvoering_the_phase_card_makes_the_voortgangsrapportage_from_the_measures_progress_and_the_signing()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await chat.SayAsync("fase");
        Assert.DoesNotContain(TeamsChat.Actions(chat.LastCard!), a => (string?)a["title"] == "Voortgangsrapportage maken"); // Initiatief: nothing to report yet

        var anna = ApprovalExamples.Person(w.Projectleider);
        var now = DateTimeOffset.UtcNow;
        var project = (await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(w.Project.Key, p =>
        {
            p.MovePhaseTo(KvuPhase.Uitvoering, anna, now);
            p.SetSignatory("Politie", "M. Kramer, teamchef", anna, now);
            p.SetSigningState("Politie", SigningState.Getekend, DutchTime.Date(now), anna, now);
        }, CancellationToken.None))!;
        var today = DutchTime.Date(now);
        await Bot.Services.GetRequiredService<MeasureStore>().AddAsync(project, new Measure
        {
            ProjectId = project.Id,
            Id = "mr1",
            Title = "Cameratoezicht Grote Markt",
            Party = "Politie",
            Owner = new PersonRef("Mark Jansen", w.Members[0].AadObjectId, null),
            Start = today.AddMonths(-6),
            End = today.AddMonths(6),
            Beslismoment = today.AddMonths(-3),
            Decider = "de werkgroep",
            ChangedBy = anna,
            ChangedAt = now,
        }, CancellationToken.None);
        await Bot.Services.GetRequiredService<ProgressStore>().SetAsync(project, "mr1", MeasureState.Vertraagd, "Wacht op de vergunning voor de masten.", now, CancellationToken.None);

        await chat.SayAsync("fase");
        var made = await chat.ClickAsync("Voortgangsrapportage maken");

        Assert.Contains("Voortgangsrapportage voor Zwolle – Binnenstad is gemaakt.", chat.LastText);
        var consent = made.Select(r => r.Attachment(FileCards.ConsentContentType)).OfType<JsonObject>().Single();
        Assert.StartsWith("Voortgangsrapportage KVU Binnenstad Zwolle", consent["name"]!.GetValue<string>());
        var offerId = consent["content"]!["acceptContext"]!["offerId"]!.GetValue<string>();
        await Bot.PostActivityAsync(w.Teams.FileConsent(chat.ConversationId, offerId, accept: true, Connector.UploadUrl("phase-report"), "Voortgangsrapportage.docx", from: w.Projectleider));
        var text = OfficeDocumentsFixture.Text(Assert.Single(Connector.Uploads, u => u.Session == "phase-report").Content);
        Assert.Contains("Vertraagd (1)", text);
        Assert.Contains("mr1 Cameratoezicht Grote Markt – Politie (Mark Jansen)", text);
        Assert.Contains("Wacht op de vergunning voor de masten.", text);
        Assert.Contains("Ondertekend: 1 van de", text);
        Assert.Contains("M. Kramer, teamchef", text);
    }
}
