using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Common;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Plan;

/// <summary>
/// Reminders to the convenant's signatories who have not signed, through /api/messages on Azurite and the fake Bot
/// Connector: by hand (typed and on the convenant card) and once a week in the Convenant phase on a fake clock; the
/// signatory reports her party's state on her own card, in place.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConvenantReminderTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ProjectStore Projects => Bot.Services.GetRequiredService<ProjectStore>();

    /// <summary>
    /// A werkgroep in the Convenant phase (since <see cref="ApprovalExamples.Start"/>) with its channel and a group
    /// decision; Mark (politie) and Fatima (KHN) have a chat with the bot, Henk (Café 2) has not. Anna names who signs.
    /// </summary>
    private async Task<(ApprovalExamples W, TeamsChat Anna, TeamsChat Mark, TeamsChat Fatima)> SignatoriesAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.MovePhaseTo(KvuPhase.Convenant, ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start), CancellationToken.None);
        var anna = await w.LinkChannelAsync();
        var mark = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[0]);
        var fatima = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[1]);
        await mark.SayAsync("uitnodigingen");
        await fatima.SayAsync("uitnodigingen");
        await anna.SayAsync("uitnodigen");
        await w.SayInChannelAsync("voorleggen samenstelling");
        await anna.SayAsync("convenant politie: Mark Jansen, teamchef");
        await anna.SayAsync("convenant Koninklijke Horeca Nederland: fatima el amrani");
        await anna.SayAsync("convenant café 2: Henk Mulder");
        await anna.SayAsync("convenant om: mr. P. de Groot, hoofdofficier van justitie");
        return (w, anna, mark, fatima);
    }

    /// <summary>The reminder job's round on <paramref name="clock"/>: the decisions' reminders and, per project, the convenant's.</summary>
    private ApprovalReminders Reminders(TimeProvider clock)
    {
        var s = Bot.Services;
        return new ApprovalReminders(s.GetRequiredService<ApprovalStore>(), s.GetRequiredService<ProjectStore>(), s.GetRequiredService<WerkgroepAlignment>(), s.GetRequiredService<InvitationStore>(), s.GetRequiredService<ConversationStore>(),
            s.GetRequiredService<ProactiveSender>(), s.GetRequiredService<IOptions<ApprovalsOptions>>(), clock, NullLogger<ApprovalReminders>.Instance,
            [s.GetRequiredService<ConvenantReminders>()]);
    }

    private int Sent(TeamsChat chat) => Connector.SentTo(chat.ConversationId).Count();

    /// <summary>Presses a button of <paramref name="card"/> as <paramref name="user"/> (Action.Execute), its inputs as filled in.</summary>
    private static Task<JsonObject> PressAsync(ApprovalExamples w, JsonObject card, string title, TeamsActivity.User user, IReadOnlyDictionary<string, string>? fields = null)
    {
        var action = TeamsChat.Actions(card).First(a => (string?)a["title"] == title);
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var input in TeamsChat.Inputs(card))
        {
            var id = (string)input["id"]!;
            data[id] = fields is not null && fields.TryGetValue(id, out var value) ? value : input["value"]?.DeepClone();
        }

        return w.InvokeAsync(user, (string)action["verb"]!, data);
    }

    [Fact]
    public async Task The_projectleider_reminds_who_has_not_signed_each_signs_on_her_own_card_and_nobody_is_reminded_twice_a_day()
    {
        var (w, anna, mark, fatima) = await SignatoriesAsync();
        var (markBefore, fatimaBefore) = (Sent(mark), Sent(fatima));

        await anna.SayAsync("herinner convenant");

        Assert.Contains("Convenant KVU Zwolle – Binnenstad: herinnering om te tekenen verstuurd aan Mark Jansen (Politie), Fatima el Amrani (Koninklijke Horeca Nederland).", anna.LastText);
        Assert.Contains("Niet bereikbaar:\n- Gemeente Zwolle: nog geen ondertekenaar (typ: convenant Gemeente Zwolle: naam)\n"
            + "- Café 2: Henk Mulder (nog geen chat met de bot; laat hem of haar 'uitnodigingen' typen)\n"
            + "- Openbaar Ministerie: mr. P. de Groot, hoofdofficier van justitie (niet in de werkgroep of zonder Teams-account; vraag het zelf na)", anna.LastText);

        var reminder = Assert.Single(Connector.SentTo(mark.ConversationId).Skip(markBefore));
        Assert.Contains("Herinnering: het convenant van KVU Zwolle – Binnenstad wacht nog op de handtekening van Politie.", reminder.VisibleText);
        Assert.Contains("Convenant KVU Zwolle – Binnenstad: jouw handtekening", reminder.VisibleText);
        Assert.Contains("Je tekent het convenant namens Politie. Stand nu: concept.", reminder.VisibleText);
        Assert.Contains("Het convenant krijg je van de projectleider, Anna de Vries.", reminder.VisibleText);
        var markCard = Assert.Single(reminder.Cards);
        Assert.Equal(["Akkoord in principe", "Getekend"], ApprovalExamples.Buttons(markCard));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(markCard));
        var fatimaCard = Assert.Single(Assert.Single(Connector.SentTo(fatima.ConversationId).Skip(fatimaBefore)).Cards);

        // Asked again the same day (or Teams retries): nobody gets a second reminder.
        await anna.SayAsync("herinner convenant");
        Assert.Contains("niemand opnieuw herinnerd; vandaag al herinnerd: Mark Jansen (Politie), Fatima el Amrani (Koninklijke Horeca Nederland).", anna.LastText);
        Assert.Equal((markBefore + 1, fatimaBefore + 1), (Sent(mark), Sent(fatima)));

        // Both report at the same moment: neither change is lost.
        var today = DutchTime.Date(DateTimeOffset.UtcNow);
        var signedOn = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var answers = await Task.WhenAll(
            PressAsync(w, markCard, "Getekend", w.Members[0], new Dictionary<string, string> { ["signedOn"] = signedOn }),
            PressAsync(w, fatimaCard, "Akkoord in principe", w.Members[1]));
        Assert.Contains($"Vastgelegd: Politie: getekend op {CardPartsDate(today.AddDays(-1))}. Dank je wel!", ApprovalExamples.Read(answers[0]));
        Assert.Empty(ApprovalExamples.Buttons(answers[0]));
        Assert.Contains("Vastgelegd: Koninklijke Horeca Nederland: akkoord in principe. Dank je wel!", ApprovalExamples.Read(answers[1]));
        Assert.Equal(["Getekend"], ApprovalExamples.Buttons(answers[1]));
        var reports = Connector.SentTo(anna.ConversationId).Select(a => a.VisibleText).ToList();
        Assert.Contains($"Mark Jansen meldt voor het convenant van KVU Zwolle – Binnenstad: Politie: getekend op {CardPartsDate(today.AddDays(-1))}.", reports);
        Assert.Contains("Fatima el Amrani meldt voor het convenant van KVU Zwolle – Binnenstad: Koninklijke Horeca Nederland: akkoord in principe.", reports);

        // Fatima cannot report for the politie; a date in the future is refused with the card kept.
        var refused = await w.InvokeAsync(w.Members[1], PlanVerbs.ConvenantSign, new JsonObject
        {
            ["projectId"] = w.Project.Id, ["party"] = "Politie", ["state"] = "AkkoordInPrincipe",
        });
        Assert.Contains("Alleen wie voor deze partij tekent, of de projectleider of secretaris, kan dit vastleggen.", ApprovalExamples.Read(refused));
        var future = await PressAsync(w, answers[1], "Getekend", w.Members[1], new Dictionary<string, string> { ["signedOn"] = today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Contains("Vul de datum in waarop getekend is; die mag niet in de toekomst liggen.", ApprovalExamples.Read(future));

        await anna.SayAsync("convenant");
        var convenant = ApprovalExamples.Read(anna.LastCard!);
        Assert.Contains("Convenant Zwolle – Binnenstad: 1 van 5 partijen getekend", convenant);
        Assert.Contains($"- Politie: Mark Jansen, teamchef · getekend op {CardPartsDate(today.AddDays(-1))}", convenant);
        Assert.Contains($"- Koninklijke Horeca Nederland: fatima el amrani · akkoord in principe · herinnerd op {CardPartsDate(today)}", convenant);
        Assert.Equal(["Herinner wie nog niet tekende"], ApprovalExamples.Buttons(anna.LastCard!));

        // The weekly status shows the signing state and whom the bot reminded.
        var now = DateTimeOffset.UtcNow;
        await Bot.Services.GetRequiredService<StatusDelivery>().DeliverAsync(w.Project.TenantId, w.Project.Id, now, now.AddDays(-7), tenant: null, CancellationToken.None);
        var weekly = CardJson.Texts(Assert.Single(w.SentInChannel().Last().Cards)).ToList();
        Assert.Contains("Convenant: 1 van 5 partijen getekend", weekly);
        Assert.Contains("Akkoord in principe: Koninklijke Horeca Nederland", weekly);
        Assert.Contains($"Herinnerd om te tekenen: Koninklijke Horeca Nederland ({CardPartsDate(today)})", weekly);
    }

    [Fact]
    public async Task The_button_on_the_convenant_card_reminds_and_says_what_it_did_in_place_and_a_member_cannot_press_it()
    {
        var (w, anna, mark, _) = await SignatoriesAsync();
        await anna.SayAsync("convenant");
        var before = Sent(mark);

        var card = await PressAsync(w, anna.LastCard!, "Herinner wie nog niet tekende", w.Projectleider);

        var text = ApprovalExamples.Read(card);
        Assert.Contains("herinnering om te tekenen verstuurd aan Mark Jansen (Politie), Fatima el Amrani (Koninklijke Horeca Nederland).", text);
        Assert.Contains("herinnerd op", text);
        Assert.Equal(before + 1, Sent(mark));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));

        var refused = await PressAsync(w, anna.LastCard!, "Herinner wie nog niet tekende", w.Members[1]);
        Assert.DoesNotContain("herinnering om te tekenen", ApprovalExamples.Read(refused));
        Assert.Equal(before + 1, Sent(mark));
    }

    [Fact]
    public async Task In_the_convenant_phase_the_signatories_are_reminded_once_a_week_from_a_week_on_and_the_projectleider_hears_it_once()
    {
        var (_, anna, mark, fatima) = await SignatoriesAsync();
        var (annaBefore, markBefore, fatimaBefore) = (Sent(anna), Sent(mark), Sent(fatima));
        var clock = new FakeTimeProvider(ApprovalExamples.Start.AddDays(5));

        await Reminders(clock).RunAsync(default);
        Assert.Equal((annaBefore, markBefore), (Sent(anna), Sent(mark))); // less than a week in the phase

        clock.Advance(TimeSpan.FromDays(3));
        await Reminders(clock).RunAsync(default);
        await Reminders(clock).RunAsync(default); // a second run, or a restart, in the same week
        Assert.Contains("het convenant van KVU Zwolle – Binnenstad wacht nog op de handtekening van Politie", Assert.Single(Connector.SentTo(mark.ConversationId).Skip(markBefore)).VisibleText);
        Assert.Equal(fatimaBefore + 1, Sent(fatima));
        var digest = Assert.Single(Connector.SentTo(anna.ConversationId).Skip(annaBefore)).VisibleText;
        Assert.Contains("herinnering om te tekenen verstuurd aan Mark Jansen (Politie), Fatima el Amrani (Koninklijke Horeca Nederland).", digest);
        Assert.Contains("Niet bereikbaar:\n- Gemeente Zwolle", digest);

        clock.Advance(TimeSpan.FromDays(7));
        await Reminders(clock).RunAsync(default);
        Assert.Equal((annaBefore + 2, markBefore + 2, fatimaBefore + 2), (Sent(anna), Sent(mark), Sent(fatima)));
    }

    [Fact]
    public async Task In_english_the_projectleider_reminds_the_signatories()
    {
        var (w, _, mark, _) = await SignatoriesAsync();
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "en-US", w.Projectleider);
        await anna.SayAsync("switch 1");

        await anna.SayAsync("remind covenant");

        Assert.Contains("Covenant KVU Zwolle – Binnenstad: reminder to sign sent to Mark Jansen (Politie), Fatima el Amrani (Koninklijke Horeca Nederland).", anna.LastText);
        Assert.Contains("Not reachable:\n- Gemeente Zwolle: no signatory yet (type: covenant Gemeente Zwolle: name)", anna.LastText);
        Assert.Contains("Herinnering: het convenant van KVU Zwolle – Binnenstad", Connector.SentTo(mark.ConversationId).Last().VisibleText);
        await anna.SayAsync("covenant");
        Assert.Equal(["Remind who has not signed"], ApprovalExamples.Buttons(anna.LastCard!));
    }

    private static string CardPartsDate(DateOnly date) => Kvu.Bot.Formation.Cards.CardParts.Date(date, ReaderCulture.Dutch);
}
