using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Common;
using Kvu.Bot.Conversations;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Evaluation;

/// <summary>
/// The owners of measures reminded in their own chat before the end date and when it is over tijd, on a fake clock,
/// each occasion once (also when two rounds run at once or Teams refused one), with the measure's progress card to
/// update right there; owners the bot cannot reach named to the projectleider. In the owner's Teams language.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasureReminderTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    /// <summary>Tuesday morning in Zwolle.</summary>
    private static readonly DateTimeOffset Today = new(2027, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));

    private readonly FakeTimeProvider _clock = new(Today);

    /// <summary>The bot's clock is the test's; the job is run by hand rather than by its hosted service.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(_clock);
        services.Remove(services.Single(d => d.ImplementationType == typeof(PeriodicRoundService<MeasureReminders>)));
    }

    /// <summary>
    /// Runs a round while the bot's clock moves on in small steps: the round also reminds the owners of other tests'
    /// measures (one Azurite), and the tenant's pace between those sends passes in the bot's fake time only.
    /// </summary>
    private Task RoundAsync(Task round) => _clock.DriveAsync(round, TimeSpan.FromMilliseconds(100));

    private MeasureReminders Reminders(TimeProvider clock)
    {
        var services = Bot.Services;
        return new MeasureReminders(
            services.GetRequiredService<MeasureStore>(),
            services.GetRequiredService<ProgressStore>(),
            services.GetRequiredService<ProjectStore>(),
            services.GetRequiredService<PersonalChats>(),
            services.GetRequiredService<ProactiveSender>(),
            Options.Create(new MeasureReminderOptions()),
            clock,
            NullLogger<MeasureReminders>.Instance);
    }

    [Fact]
    public async Task Owners_are_reminded_once_before_the_end_date_and_when_over_tijd_and_the_projectleider_hears_who_cannot_be_reached()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        var (mark, fatima, henk) = (w.Members[0], w.Members[1], w.Members[2]);
        var pl = ApprovalExamples.Person(w.Projectleider);
        var project = (await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(w.Project.Key, p =>
        {
            p.MovePhaseTo(KvuPhase.Uitvoering, pl, Today.AddDays(-100));
            for (var i = 1; i <= 6; i++)
            {
                p.CountMeasure($"Maatregel {i}", pl, Today.AddDays(-100));
            }
        }, CancellationToken.None))!;
        var measures = Bot.Services.GetRequiredService<MeasureStore>();
        var piet = new PersonRef("Piet Bakker", null, null); // entered by name only
        await measures.AddAsync(project, Measure(project, "mr1", "Cameratoezicht Grote Markt", ApprovalExamples.Person(mark), Today.AddDays(5)), default);
        await measures.AddAsync(project, Measure(project, "mr2", "Gastheren op de Grote Markt", ApprovalExamples.Person(fatima), Today.AddDays(5)), default);
        await measures.AddAsync(project, Measure(project, "mr3", "Collectief horecaverbod", ApprovalExamples.Person(henk), Today.AddDays(-3)), default);
        await measures.AddAsync(project, Measure(project, "mr4", "Verlichting Achterstraat", piet, Today.AddDays(2)), default);
        await measures.AddAsync(project, Measure(project, "mr5", "Fietsenstalling", ApprovalExamples.Person(mark), Today.AddDays(30)), default);
        await measures.AddAsync(project, Measure(project, "mr6", "Training portiers", ApprovalExamples.Person(mark), Today.AddDays(-10)), default);
        await Bot.Services.GetRequiredService<ProgressStore>().SetAsync(project, "mr6", MeasureState.Gereed, null, Today.AddDays(-12), default);

        // Mark and Anna use the bot in Dutch, Fatima's Teams is in English; Henk never opened the chat with the bot.
        var markChat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", mark);
        var fatimaChat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "en-US", fatima);
        var annaChat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await markChat.SayAsync("uitnodigingen");
        await fatimaChat.SayAsync("invitations");
        await annaChat.SayAsync("voortgang");
        List<SentActivity> NewTo(TeamsChat chat, ref int seen)
        {
            var all = Connector.SentTo(chat.ConversationId).ToList();
            var fresh = all.Skip(seen).ToList();
            seen = all.Count;
            return fresh;
        }

        var (toMark, toFatima, toAnna) = (0, 0, 0);
        NewTo(markChat, ref toMark);
        NewTo(fatimaChat, ref toFatima);
        NewTo(annaChat, ref toAnna);
        var clock = _clock;

        // Two rounds at once (two instances, or a round retried): each reminder goes out once.
        await RoundAsync(Task.WhenAll(Reminders(clock).RunAsync(default), Reminders(clock).RunAsync(default)));

        var markReminder = Assert.Single(NewTo(markChat, ref toMark));
        Assert.Equal("Herinnering: je maatregel mr1 'Cameratoezicht Grote Markt' van KVU Zwolle – Binnenstad loopt tot 20 juni 2027. Hoe staat hij ervoor? Werk hieronder de stand bij.", markReminder.Text);
        var card = Assert.Single(markReminder.Cards);
        Assert.Contains("Voortgang van mr1: Cameratoezicht Grote Markt", ApprovalExamples.Read(card));
        Assert.Equal([mark.AadObjectId], card["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!));
        Assert.Contains("Voortgang opslaan", ApprovalExamples.Buttons(card));
        var fatimaReminder = Assert.Single(NewTo(fatimaChat, ref toFatima));
        Assert.StartsWith("Reminder: your measure mr2 'Gastheren op de Grote Markt' of KVU Zwolle – Binnenstad runs until 20 June 2027.", fatimaReminder.Text);
        Assert.Contains("Save progress", ApprovalExamples.Buttons(fatimaReminder.Cards.Single()));
        var toProjectleider = Assert.Single(NewTo(annaChat, ref toAnna)).VisibleText;
        Assert.Contains("Maatregelen van KVU Zwolle – Binnenstad: deze uitvoerders kan ik niet herinneren.", toProjectleider);
        Assert.Contains("- mr3 Collectief horecaverbod (Henk Mulder), tot 12 juni 2027, over tijd: nog geen chat met mij.", toProjectleider);
        Assert.Contains("- mr4 Verlichting Achterstraat (Piet Bakker), tot 17 juni 2027, loopt bijna af: de maatregel noemt geen Teams-account. Kies de uitvoerder opnieuw met `maatregel mr4`", toProjectleider);
        Assert.DoesNotContain("mr5", toProjectleider + markReminder.VisibleText);
        Assert.All(await AdaptiveCardValidator.ValidateAsync([card, fatimaReminder.Cards.Single()]), Assert.Empty);

        // Mark answers on the card in his chat: it refreshes in place with the new state.
        var saved = await InvokeAsync(mark, markChat.ConversationId, "evaluation.progress.save", project.Id, "mr1", new() { ["state"] = "Loopt", ["note"] = "Camera's besteld" });
        Assert.Contains("Bijgewerkt: loopt.", ApprovalExamples.Read(saved));

        // Later that day: nothing again.
        clock.Advance(TimeSpan.FromHours(5));
        await RoundAsync(Reminders(clock).RunAsync(default));
        Assert.Equal((0, 0, 0), (NewTo(markChat, ref toMark).Count, NewTo(fatimaChat, ref toFatima).Count, NewTo(annaChat, ref toAnna).Count));

        // Six days on, mr1 and mr2 are over tijd. Teams refuses Mark's reminder for now; Fatima's goes out in English.
        // Anna hears about Piet's measure again (now over tijd), not about Henk's again.
        clock.Advance(TimeSpan.FromDays(6) - TimeSpan.FromHours(5));
        // Teams asks the tenant to wait ten minutes: the round waits that out for the others (driven on the fake clock).
        Connector.Respond = sent => sent.ConversationId == markChat.ConversationId ? FakeBotConnector.TooManyRequests(TimeSpan.FromMinutes(10)) : null;
        await _clock.DriveAsync(Reminders(clock).RunAsync(default), TimeSpan.FromMinutes(1));
        Connector.Respond = null;
        Assert.StartsWith("Reminder: the end date of your measure mr2 'Gastheren op de Grote Markt' of KVU Zwolle – Binnenstad (20 June 2027) has passed and it is still planned.",
            Assert.Single(NewTo(fatimaChat, ref toFatima)).Text);
        var again = Assert.Single(NewTo(annaChat, ref toAnna)).VisibleText;
        Assert.Contains("mr4 Verlichting Achterstraat (Piet Bakker), tot 17 juni 2027, over tijd", again);
        Assert.DoesNotContain("mr3", again);
        NewTo(markChat, ref toMark);

        clock.Advance(TimeSpan.FromHours(1));
        await RoundAsync(Reminders(clock).RunAsync(default));
        var overdue = Assert.Single(NewTo(markChat, ref toMark));
        Assert.Equal("Herinnering: de einddatum van je maatregel mr1 'Cameratoezicht Grote Markt' van KVU Zwolle – Binnenstad (20 juni 2027) is voorbij en hij staat op loopt. Is hij gereed, vertraagd of gestopt? Werk hieronder de stand bij.", overdue.Text);
        Assert.Contains("Over tijd: de einddatum (20 juni 2027) is voorbij", overdue.VisibleText);

        // Fatima finishes hers; two weeks later only Mark is reminded a second time.
        await InvokeAsync(fatima, fatimaChat.ConversationId, "evaluation.progress.save", project.Id, "mr2", new() { ["state"] = "Gereed" }, "en-US");
        clock.Advance(TimeSpan.FromDays(7));
        await RoundAsync(Reminders(clock).RunAsync(default));
        Assert.Equal((0, 0), (NewTo(markChat, ref toMark).Count, NewTo(fatimaChat, ref toFatima).Count));
        clock.Advance(TimeSpan.FromDays(7));
        await RoundAsync(Reminders(clock).RunAsync(default));
        Assert.Single(NewTo(markChat, ref toMark));
        Assert.Empty(NewTo(fatimaChat, ref toFatima));
    }

    [Fact]
    public async Task Nobody_is_reminded_before_the_Uitvoering_nor_at_night()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(1);
        var pl = ApprovalExamples.Person(w.Projectleider);
        var project = (await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(w.Project.Key,
            p => p.CountMeasure("Cameratoezicht", pl, Today), CancellationToken.None))!;
        await Bot.Services.GetRequiredService<MeasureStore>().AddAsync(project, Measure(project, "mr1", "Cameratoezicht", ApprovalExamples.Person(w.Members[0]), Today.AddDays(3)), default);
        var markChat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Members[0]);
        await markChat.SayAsync("uitnodigingen");
        var before = Connector.SentTo(markChat.ConversationId).Count();

        await RoundAsync(Reminders(_clock).RunAsync(default)); // still in the Initiatief
        Assert.Equal(before, Connector.SentTo(markChat.ConversationId).Count());

        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(w.Project.Key, p => p.MovePhaseTo(KvuPhase.Uitvoering, pl, Today), CancellationToken.None);
        await RoundAsync(Reminders(new FakeTimeProvider(new DateTimeOffset(2027, 6, 15, 5, 0, 0, TimeSpan.FromHours(2)))).RunAsync(default));
        Assert.Equal(before, Connector.SentTo(markChat.ConversationId).Count());

        await RoundAsync(Reminders(_clock).RunAsync(default));
        Assert.Equal(before + 1, Connector.SentTo(markChat.ConversationId).Count());
    }

    private static Measure Measure(KvuProject project, string id, string title, PersonRef owner, DateTimeOffset end) => new()
    {
        ProjectId = project.Id, Id = id, Title = title, GoalId = "d1", Party = "Gemeente Zwolle", Owner = owner,
        Start = new DateOnly(2027, 1, 1), End = DateOnly.FromDateTime(end.Date), Beslismoment = new DateOnly(2027, 4, 1), Decider = "de werkgroep",
        ChangedBy = owner, ChangedAt = Today.AddDays(-100),
    };

    private async Task<JsonObject> InvokeAsync(TeamsActivity.User user, string conversationId, string verb, string projectId, string measureId, Dictionary<string, string> fields, string locale = "nl-NL")
    {
        var data = new JsonObject { ["projectId"] = projectId, ["measureId"] = measureId, ["verb"] = verb };
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        var response = await Bot.PostActivityAsync(new TeamsActivity(Connector.ServiceUrl).AdaptiveCardInvoke(conversationId, verb, data, user, conversationType: "personal", locale: locale));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["value"] as JsonObject ?? throw new InvalidOperationException(body.ToJsonString());
    }
}
