using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// The KVU after the werkgroep, in the Playground and Chromium: a formed werkgroep (Marieke of the gemeente, Sander
/// of the politie, Ingrid of KHN) goes from Initiatief to Convenant. Marieke reads the phase card, proposes each move
/// and approves last on the card in her chat; Sander and Ingrid approve as themselves (their clicks reach the bot with
/// their own Teams identities, as in <see cref="ProjectleiderJourneyTests"/>). On the way: a schouw finding, an
/// indicator, a SMART goal, a measure, the plan card, the plan put to the werkgroep, and the convenant card with a
/// party's signing state; Marieke, who signs for the gemeente, is reminded and reports it signed on her own card.
/// Screenshots of the phase card, the plan card, the convenant card and the signing card in TestResults/e2e/cycle/.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(AzuriteCollection.Name)]
public sealed class CycleJourneyTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string TenantId = PlaygroundPeople.TenantId;
    private const string TeamId = PlaygroundPeople.TeamId;
    private static readonly TeamsActivity.User Marieke = PlaygroundPeople.Marieke;
    private static readonly TeamsActivity.User Sander = PlaygroundPeople.Sander;
    private static readonly TeamsActivity.User Ingrid = PlaygroundPeople.Ingrid;

    private static readonly string Folder = RepositoryRoot.Combine("TestResults", "e2e", "cycle");
    private static readonly float Reply = (float)PlaygroundChat.ReplyTimeout.TotalMilliseconds;

    [Fact]
    public async Task A_werkgroep_goes_from_initiatief_to_convenant_with_a_plan_and_a_signing_state()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true); // Never leave the last run's pictures as this run's.
        }

        await using var chat = await PlaygroundChat.StartAsync(azurite.ConnectionString, output);
        try
        {
            await chat.OpenPersonalChatAsync(PlaygroundChatTests.WelcomeTitle);
            var projectId = await SeedWerkgroepAsync(chat);

            // The phase card: where the KVU stands and what the Initiatief asks.
            var phase = await chat.ExpectNewCardAsync("KVU-fase: Initiatief", () => chat.SendAsync("fase"), PlaygroundChat.FirstReplyTimeout);
            await Expect(phase).ToContainTextAsync("Intentieverklaring getekend");
            await Expect(phase).ToContainTextAsync("Fasegeschiedenis");
            await chat.ScreenshotAsync(Path.Combine(Folder, "1-phase-card.png"), phase);

            // Proposing the move from the card's button; the werkgroep decides.
            await MoveAsync(chat, projectId, () => PlaygroundChat.Click(phase, "Volgende fase voorstellen"), "Initiatief", "Veiligheidsanalyse");

            // The Veiligheidsanalyse: a schouw finding and an indicator with its nulmeting.
            await SayAsync(chat, "bevinding nacht Grote Markt: glasscherven en een vechtpartij na sluitingstijd", "Bevinding");
            await SayAsync(chat, "indicator Incidenten per weekendnacht = 4,5 op 01-03-2026", "Incidenten per weekendnacht");
            await MoveAsync(chat, projectId, () => chat.SendAsync("volgende fase"), "Veiligheidsanalyse", "Plan van aanpak");

            // The plan van aanpak: a SMART goal and a measure, the plan card, and the plan put to the werkgroep.
            await SayAsync(chat, "doel Minder geweld op straat; indicator Incidenten per weekendnacht; streefwaarde 3; datum 31-12-2027", "SMART");
            await SayAsync(chat, "maatregel Cameratoezicht Grote Markt; doel d1; partij Gemeente Zwolle; eigenaar Marieke de Vries; start 01-01-2027; eind 31-12-2027; beslismoment 01-07-2027; beslisser burgemeester; budget 25.000",
                "Cameratoezicht Grote Markt");
            var plan = await chat.ExpectNewCardAsync("Plan van aanpak Zwolle – Binnenstad", () => chat.SendAsync("plan"));
            await Expect(plan).ToContainTextAsync("d1 Minder geweld op straat");
            await Expect(plan).ToContainTextAsync("SMART: Incidenten per weekendnacht van 4,5 naar 3 vóór 31 december 2027");
            await Expect(plan).ToContainTextAsync("Cameratoezicht Grote Markt");
            await chat.ScreenshotAsync(Path.Combine(Folder, "2-plan-card.png"), plan);

            var planDecision = await chat.ExpectNewCardAsync("Minder geweld op straat · maatregelen: 1", () => chat.SendAsync("voorleggen plan"));
            await Expect(planDecision).ToContainTextAsync("0 van 3 akkoord");
            await ApproveAsync(chat, projectId, "plan");
            await PlaygroundChat.Click(planDecision, "Akkoord");
            await Expect(planDecision).ToContainTextAsync("Iedereen is akkoord", new() { Timeout = Reply });
            chat.Log("plan adopted");

            await MoveAsync(chat, projectId, () => chat.SendAsync("volgende fase"), "Plan van aanpak", "Convenant");

            // The convenant: who signs for the politie, and how far it is.
            await SayAsync(chat, "convenant politie: Sander Bakker, teamchef", "Voor Politie tekent Sander Bakker, teamchef.");
            await SayAsync(chat, "convenant politie akkoord", "Politie: akkoord in principe.");
            var convenant = await chat.ExpectNewCardAsync("Convenant Zwolle – Binnenstad", () => chat.SendAsync("convenant"));
            await Expect(convenant).ToContainTextAsync("0 van 4 partijen getekend");
            await Expect(convenant).ToContainTextAsync("Politie: Sander Bakker, teamchef · akkoord in principe");
            await Expect(convenant).ToContainTextAsync("Openbaar Ministerie (sluit bij het convenant aan): nog geen ondertekenaar · concept");
            await chat.ScreenshotAsync(Path.Combine(Folder, "3-convenant-card.png"), convenant);

            // Marieke signs for the gemeente herself: once the bot can reach her, the reminder brings her the signing card.
            var before = await chat.BotMessages.CountAsync();
            await chat.SendAsync("uitnodigingen");
            await Expect(chat.BotMessages.Nth(before)).ToBeVisibleAsync(new() { Timeout = Reply });
            await SayAsync(chat, "convenant gemeente zwolle: Marieke de Vries", "Voor Gemeente Zwolle tekent Marieke de Vries.");
            var signing = chat.Cards("jouw handtekening");
            var signingBefore = await signing.CountAsync();
            await PlaygroundChat.Click(convenant, "Herinner wie nog niet tekende");
            await Expect(convenant).ToContainTextAsync("herinnering om te tekenen verstuurd aan Marieke de Vries (Gemeente Zwolle).", new() { Timeout = Reply });
            await Expect(convenant).ToContainTextAsync("Politie: Sander Bakker (nog geen chat met de bot; laat hem of haar 'uitnodigingen' typen)");
            await Expect(convenant).ToContainTextAsync("Openbaar Ministerie: nog geen ondertekenaar");
            await chat.ScreenshotAsync(Path.Combine(Folder, "4-convenant-reminded.png"), convenant);

            await Expect(signing).ToHaveCountAsync(signingBefore + 1, new() { Timeout = Reply });
            var card = signing.Nth(signingBefore);
            await Expect(card).ToContainTextAsync("Je tekent het convenant namens Gemeente Zwolle. Stand nu: concept.");
            await Expect(card).ToContainTextAsync("Laat hier weten hoe ver Gemeente Zwolle is");
            await Expect(card).Not.ToContainTextAsync("Het convenant krijg je van de projectleider");
            await Expect(chat.BotMessages.Filter(new() { HasText = "Herinnering: het convenant van KVU Zwolle – Binnenstad wacht nog op de handtekening van Gemeente Zwolle." }).First).ToBeVisibleAsync();
            await chat.ScreenshotAsync(Path.Combine(Folder, "5-signing-card.png"), card);
            await PlaygroundChat.Click(card, "Getekend");
            var today = Kvu.Bot.Formation.Cards.CardParts.Date(DateTimeOffset.UtcNow, Kvu.Bot.Common.ReaderCulture.Dutch);
            await Expect(card).ToContainTextAsync($"Vastgelegd: Gemeente Zwolle: getekend op {today}. Dank je wel!", new() { Timeout = Reply });
            await chat.ScreenshotAsync(Path.Combine(Folder, "6-signing-card-signed.png"), card);

            var after = await chat.ExpectNewCardAsync("Convenant Zwolle – Binnenstad: 1 van 4 partijen getekend", () => chat.SendAsync("convenant"));
            await Expect(after).ToContainTextAsync($"Gemeente Zwolle: Marieke de Vries · getekend op {today}");
            chat.Log("the werkgroep is in the Convenant phase");
        }
        catch
        {
            await chat.SaveEvidenceAsync(nameof(CycleJourneyTests));
            throw;
        }
    }

    /// <summary>
    /// A formed werkgroep of its own (the Playground's user is the same in every end-to-end test): Marieke holds the
    /// gemeente's seat, Sander and Ingrid theirs; her access is the newest, so her chat works on this project.
    /// </summary>
    private static async Task<string> SeedWerkgroepAsync(PlaygroundChat chat)
    {
        var now = DateTimeOffset.UtcNow;
        var marieke = new PersonRef(Marieke.Name, Marieke.AadObjectId, "marieke.devries@zwolle.example");
        var project = KvuProject.Create($"p-{Guid.NewGuid():N}", TenantId, "Zwolle", "Binnenstad", marieke, now);
        project.SetProjectleider(marieke, ProjectleiderOrigin.Gemeente, null, marieke, now);
        project.SetAgreement(true, true, marieke, now);
        project.AddMember(WerkgroepRole.Politie, new PersonRef(Sander.Name, Sander.AadObjectId, "sander.bakker@politie.example"), null, marieke, now);
        project.AddMember(WerkgroepRole.KhnAfdelingsbestuur, new PersonRef(Ingrid.Name, Ingrid.AadObjectId, "ingrid.jansen@khn-zwolle.example"), null, marieke, now);
        var services = chat.BotServices;
        await services.GetRequiredService<ProjectStore>().CreateAsync(project, CancellationToken.None);
        await services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TenantId, Marieke.AadObjectId, project.Id, "Zwolle", "Binnenstad", ProjectAccessRole.Projectleider, now), CancellationToken.None);
        return project.Id;
    }

    private static async Task SayAsync(PlaygroundChat chat, string text, string answer)
    {
        var answers = chat.BotMessages.Filter(new() { HasText = answer });
        var before = await answers.CountAsync();
        await chat.SendAsync(text);
        await Expect(answers).ToHaveCountAsync(before + 1, new() { Timeout = Reply });
        chat.Log($"said: {text[..Math.Min(40, text.Length)]}");
    }

    /// <summary>The move is proposed; Sander and Ingrid agree as themselves; Marieke agrees last on the card in her chat, which then says the phase changed.</summary>
    private static async Task MoveAsync(PlaygroundChat chat, string projectId, Func<Task> propose, string from, string to)
    {
        var decision = await chat.ExpectNewCardAsync($"Van {from} naar {to}", propose);
        await Expect(decision).ToContainTextAsync("0 van 3 akkoord");
        await ApproveAsync(chat, projectId, "fase");
        await PlaygroundChat.Click(decision, "Akkoord");
        await Expect(decision).ToContainTextAsync($"Iedereen is akkoord: de KVU is nu in fase {to}.", new() { Timeout = Reply });
        chat.Log($"phase {to}");
    }

    /// <summary>Sander and Ingrid agree with the decision's current version, as themselves.</summary>
    private static async Task ApproveAsync(PlaygroundChat chat, string projectId, string decisionId)
    {
        var reading = await chat.BotServices.GetRequiredService<ApprovalStore>().ReadAsync(new ProjectKey(TenantId, projectId), decisionId, CancellationToken.None);
        var vote = new JsonObject { ["projectId"] = projectId, ["decisionId"] = decisionId, ["version"] = reading!.Decision.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var member in new[] { Sander, Ingrid })
        {
            Assert.Contains("Je bent akkoord", ApprovalExamples.Read(await chat.InvokeAsAsync(member, TenantId, TeamId, ApprovalVerbs.Agree, vote)));
        }
    }
}
