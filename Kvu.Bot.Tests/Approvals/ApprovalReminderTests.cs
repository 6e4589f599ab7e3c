using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>Reminders for members who have not responded, driven by a fake clock; sent through the fake Bot Connector.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApprovalReminderTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ApprovalReminders Reminders(FakeTimeProvider clock, int days = 3)
    {
        var services = Bot.Services;
        return new ApprovalReminders(
            services.GetRequiredService<ApprovalStore>(),
            services.GetRequiredService<ProjectStore>(),
            services.GetRequiredService<WerkgroepAlignment>(),
            services.GetRequiredService<InvitationStore>(),
            services.GetRequiredService<ConversationStore>(),
            services.GetRequiredService<ProactiveSender>(),
            Options.Create(new ApprovalsOptions { ReminderAfterDays = days }),
            clock,
            NullLogger<ApprovalReminders>.Instance);
    }

    /// <summary>
    /// A werkgroep of three whose samenstelling is put to it: Anna the projectleider, and Mark and Fatima, who each
    /// opened a chat with the bot (reachable); Henk has none.
    /// </summary>
    private async Task<(ApprovalExamples W, TeamsChat Anna, TeamsChat Mark, TeamsChat Fatima)> SamenstellingPutAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        var anna = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Projectleider);
        var mark = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[0]);
        var fatima = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[1]);
        await mark.SayAsync("uitnodigingen");
        await fatima.SayAsync("uitnodigingen");
        await anna.SayAsync("uitnodigen");
        await w.SayInChannelAsync("voorleggen samenstelling");
        return (w, anna, mark, fatima);
    }

    [Fact]
    public async Task After_the_configured_days_a_silent_member_is_reminded_once_and_the_projectleider_gets_one_digest()
    {
        var (w, anna, mark, fatima) = await SamenstellingPutAsync();
        await w.InvokeAsync(w.Members[1], ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", w.Project.Id));
        int Sent(TeamsChat chat) => Connector.SentTo(chat.ConversationId).Count();
        var (annaBefore, markBefore, fatimaBefore) = (Sent(anna), Sent(mark), Sent(fatima));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(2));

        await Reminders(clock).RunAsync(default);
        Assert.Equal((annaBefore, markBefore), (Sent(anna), Sent(mark)));

        clock.Advance(TimeSpan.FromDays(2));
        await Reminders(clock).RunAsync(default);

        var reminder = Assert.Single(Connector.SentTo(mark.ConversationId).Skip(markBefore));
        Assert.Contains("Herinnering: je reactie op 'Samenstelling van de werkgroep' van KVU Zwolle – Binnenstad wordt nog gevraagd.", reminder.VisibleText);
        Assert.Contains("Jouw reactie wordt gevraagd.", reminder.VisibleText);
        Assert.Equal(fatimaBefore, Sent(fatima)); // she agreed
        var digest = Assert.Single(Connector.SentTo(anna.ConversationId).Skip(annaBefore));
        Assert.Contains("Samenstelling van de werkgroep: herinnerd: Mark Jansen", digest.VisibleText);
        Assert.Contains("nog niet te bereiken", digest.VisibleText);
        Assert.Contains("Henk Mulder", digest.VisibleText);

        clock.Advance(TimeSpan.FromDays(1));
        await Reminders(clock).RunAsync(default);
        Assert.Equal((annaBefore + 1, markBefore + 1), (Sent(anna), Sent(mark)));
    }

    [Fact]
    public async Task A_member_whose_seat_went_to_someone_else_is_not_reminded_and_the_newcomer_is_asked_from_the_change_on()
    {
        var (w, anna, mark, fatima) = await SamenstellingPutAsync();

        // Mark's seat goes to Ingrid a day later; nobody opens the card after that.
        var changed = DateTimeOffset.UtcNow.AddDays(1);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.ReplaceRepresentative(p.Members.Single(m => m.Person.AadObjectId == w.Members[0].AadObjectId).Id,
                ApprovalExamples.Person(ApprovalExamples.NewUser("Ingrid Bakker")), ApprovalExamples.Person(w.Projectleider), changed), default);
        int Sent(TeamsChat chat) => Connector.SentTo(chat.ConversationId).Count();
        var (annaBefore, markBefore, fatimaBefore) = (Sent(anna), Sent(mark), Sent(fatima));

        // Three days after the decision was put, the round finds the werkgroep changed: a new version, so everyone is
        // asked anew and counts their days from now, and nobody is reminded yet. Mark is no longer asked at all.
        var clock = new FakeTimeProvider(changed.AddDays(2));
        await Reminders(clock).RunAsync(default);
        Assert.Equal((annaBefore, markBefore, fatimaBefore), (Sent(anna), Sent(mark), Sent(fatima)));

        clock.Advance(TimeSpan.FromDays(4));
        await Reminders(clock).RunAsync(default);

        Assert.Equal(markBefore, Sent(mark));
        Assert.Contains("Herinnering: je reactie op 'Samenstelling van de werkgroep'", Assert.Single(Connector.SentTo(fatima.ConversationId).Skip(fatimaBefore)).VisibleText);
        var digest = Assert.Single(Connector.SentTo(anna.ConversationId).Skip(annaBefore)).VisibleText;
        Assert.Contains("herinnerd: Fatima el Amrani", digest);
        Assert.Contains("Ingrid Bakker", digest); // not in Teams with the bot yet: named with what to do
        Assert.DoesNotContain("Mark Jansen", digest);
    }

    [Fact]
    public async Task The_projectleider_reminds_from_the_card_gets_the_card_back_at_once_and_the_reminders_follow()
    {
        var (w, anna, mark, fatima) = await SamenstellingPutAsync();
        int Sent(TeamsChat chat) => Connector.SentTo(chat.ConversationId).Count();
        var (annaBefore, markBefore, fatimaBefore) = (Sent(anna), Sent(mark), Sent(fatima));

        // The connector holds every reminder until released: an invoke that waited for them would not come back.
        using var connectorHeld = new ManualResetEventSlim();
        Connector.Respond = sent =>
        {
            if (sent.ConversationId == mark.ConversationId || sent.ConversationId == fatima.ConversationId)
            {
                connectorHeld.Wait(TimeSpan.FromSeconds(30));
            }

            return null;
        };

        var card = ApprovalExamples.Read(await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Remind, ApprovalExamples.Data("samenstelling", w.Project.Id)));

        Assert.Contains("Herinnering wordt verstuurd naar 3 leden.", card);
        Assert.Contains("Versie 1 · 0 van 3 akkoord", card);
        Assert.Equal((markBefore, fatimaBefore), (Sent(mark), Sent(fatima)));

        connectorHeld.Set();
        var markReminder = await Connector.WaitForAsync(s => s.ConversationId == mark.ConversationId && s.VisibleText.Contains("Herinnering: je reactie op", StringComparison.Ordinal));
        Assert.Contains("Jouw reactie wordt gevraagd.", markReminder.VisibleText);
        await Connector.WaitForAsync(s => s.ConversationId == fatima.ConversationId && s.VisibleText.Contains("Herinnering: je reactie op", StringComparison.Ordinal));
        var report = await Connector.WaitForAsync(s => s.ConversationId == anna.ConversationId && s.VisibleText.Contains("Herinnering verstuurd aan", StringComparison.Ordinal));
        Assert.Contains("Samenstelling van de werkgroep: Herinnering verstuurd aan: Mark Jansen, Fatima el Amrani.", report.VisibleText);
        Assert.Contains("Nog niet te bereiken (laat hen 'uitnodigingen' typen in hun chat met de bot): Henk Mulder.", report.VisibleText);

        // Pressed again the same day: Mark and Fatima are not reminded twice; Henk is tried again.
        var again = ApprovalExamples.Read(await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Remind, ApprovalExamples.Data("samenstelling", w.Project.Id)));
        Assert.Contains("Herinnering wordt verstuurd naar 1 lid.", again);
        await Connector.WaitForAsync(s => s.ConversationId == anna.ConversationId && s.VisibleText.Contains("Niemand herinnerd", StringComparison.Ordinal));
        Assert.Equal((markBefore + 1, fatimaBefore + 1), (Sent(mark), Sent(fatima)));

        // The request goes once its report is sent (a crash in between reminds again rather than never): wait for it.
        var store = Bot.Services.GetRequiredService<ApprovalStore>();
        for (var wait = 0; wait < 100 && (await store.ListReminderRequestsAsync(default)).Count > 0; wait++)
        {
            await Task.Delay(50);
        }

        Assert.Empty(await store.ListReminderRequestsAsync(default));

        var refused = ApprovalExamples.Read(await w.InvokeAsync(w.Members[1], ApprovalVerbs.Remind, ApprovalExamples.Data("samenstelling", w.Project.Id)));
        Assert.Contains("Alleen de projectleider of de projectsecretaris kan dit doen.", refused);
    }

    [Fact]
    public async Task A_reminder_request_stored_before_a_restart_is_sent_after_it()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        var mark = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        await w.SayInChannelAsync("voorleggen samenstelling");
        var markBefore = Connector.SentTo(mark.ConversationId).Count();

        // Stored as the invoke stores it, by a bot that stopped before sending.
        await Bot.Services.GetRequiredService<ApprovalStore>().SaveReminderRequestAsync(
            new ReminderRequest(TeamsActivity.TenantId, w.Project.Id, GroupDecisionKind.Samenstelling, w.Projectleider.AadObjectId, "nl-NL", DateTimeOffset.UtcNow), default);
        await using var restarted = new KvuBotApplication(Azurite.ConnectionString);
        _ = restarted.Services;

        var reminder = await Connector.WaitForAsync(s => s.ConversationId == mark.ConversationId && s.VisibleText.Contains("Herinnering: je reactie op", StringComparison.Ordinal));
        Assert.Contains("Samenstelling van de werkgroep", reminder.VisibleText);
        Assert.Equal(markBefore + 1, Connector.SentTo(mark.ConversationId).Count());
    }

    [Fact]
    public async Task The_reminder_job_of_the_running_bot_waits_the_configured_number_of_days()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = new KvuBotApplication(Azurite.ConnectionString,
            new Dictionary<string, string?> { ["Approvals:ReminderAfterDays"] = "7" },
            services => services.AddSingleton<TimeProvider>(clock));
        var w = await new ApprovalExamples(bot, Connector).SeedAsync(3);
        var mark = new TeamsChat(bot, Connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        await w.SayInChannelAsync("voorleggen samenstelling");
        var markBefore = Connector.SentTo(mark.ConversationId).Count();
        var reminders = bot.Services.GetRequiredService<ApprovalReminders>();

        // Four days: the default of three would remind now, the configured seven does not.
        clock.Advance(TimeSpan.FromDays(4));
        await clock.DriveAsync(reminders.RunAsync(default), TimeSpan.FromMilliseconds(100));
        Assert.Equal(markBefore, Connector.SentTo(mark.ConversationId).Count());

        // Past seven days the hourly job (its timer runs on the same clock) reminds Mark once. The clock moves on a
        // little while it runs: the tenant's rate spaces its posts (also to other tests' members) in fake time.
        clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var reminder = await clock.DriveAsync(Connector.WaitForAsync(s => s.ConversationId == mark.ConversationId && s.VisibleText.Contains("Herinnering: je reactie op", StringComparison.Ordinal)), TimeSpan.FromMilliseconds(100));
        Assert.Contains("Samenstelling van de werkgroep", reminder.VisibleText);

        // A round of its own, also driven: the job's round may still be reminding other tests' members, and two rounds
        // at once share the tenant's pace, which passes only while the fake clock moves (undriven, this once hung).
        await clock.DriveAsync(reminders.RunAsync(default), TimeSpan.FromMilliseconds(100));
        Assert.Equal(markBefore + 1, Connector.SentTo(mark.ConversationId).Count());
    }
}
