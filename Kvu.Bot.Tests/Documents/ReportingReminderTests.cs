using System.Text.Json.Nodes;
using Kvu.Bot.Common;
using Kvu.Bot.Documents;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Files;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Documents;

/// <summary>
/// The projectleider's reminder on the day the voortgangsrapportage is due, on a fake clock: one message in her own chat
/// (also when two rounds run at once), with the document card whose button makes the report through /api/messages;
/// a due date the bot missed is caught up the next day, in her Teams language.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportingReminderTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    /// <summary>Monday 28 June 2027, 10:00 in Zwolle.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 6, 28, 10, 0, 0, TimeSpan.FromHours(2)));

    /// <summary>The bot's clock is the test's; the jobs are run by hand rather than by their hosted services.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(_clock);
        services.Remove(services.Single(d => d.ImplementationType == typeof(PeriodicRoundService<ReportingReminders>)));
        services.Remove(services.Single(d => d.ImplementationType == typeof(PeriodicRoundService<MeasureReminders>)));
    }

    /// <summary>
    /// Runs a round while the bot's clock moves on in small steps: the round also reminds the projectleiders of other
    /// tests' projects (one Azurite), and the tenant's pace between those sends passes in the bot's fake time only.
    /// </summary>
    private Task RoundAsync(Task round) => _clock.DriveAsync(round, TimeSpan.FromMilliseconds(100));

    [Fact]
    public async Task On_the_due_date_the_projectleider_is_reminded_once_and_makes_the_report_from_the_message()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await chat.SayAsync("rapportage elk kwartaal vanaf 30-06-2027");
        Assert.Contains("op die dag krijg je hier een bericht", chat.LastText);
        var reminders = Bot.Services.GetRequiredService<ReportingReminders>();
        var before = Connector.SentTo(chat.ConversationId).Count();

        await RoundAsync(reminders.RunAsync(default));
        Assert.Equal(before, Connector.SentTo(chat.ConversationId).Count()); // two days early

        _clock.Advance(TimeSpan.FromDays(2));
        await RoundAsync(Task.WhenAll(reminders.RunAsync(default), reminders.RunAsync(default)));
        await RoundAsync(reminders.RunAsync(default));

        var reminder = Assert.Single(Connector.SentTo(chat.ConversationId).Skip(before));
        Assert.Equal("Vandaag (30 juni 2027) is de voortgangsrapportage van KVU Zwolle – Binnenstad aan B&W en de gemeenteraad aan de beurt. Maak hem hieronder; de periode sinds de vorige rapportage staat al ingevuld.", reminder.Text);
        var card = reminder.Cards.Single();
        Assert.All(await AdaptiveCardValidator.ValidateAsync([card]), Assert.Empty);
        var button = TeamsChat.Actions(card).Single(a => (string?)a["title"] == "Voortgangsrapportage");
        var data = (JsonObject)button["data"]!.DeepClone();
        Assert.Equal(w.Project.Id, (string?)data["projectId"]);
        foreach (var input in TeamsChat.Inputs(card))
        {
            data[(string)input["id"]!] = input["value"]!.DeepClone();
        }

        var replies = await chat.SubmitAsync(data);

        Assert.Contains(replies, r => r.Attachment(FileCards.ConsentContentType) is not null);
        var project = await Bot.Services.GetRequiredService<ProjectStore>().GetAsync(w.Project.Key, default);
        Assert.Equal(new DateOnly(2027, 9, 30), project!.Reporting!.NextDue);
        var after = Connector.SentTo(chat.ConversationId).Count();
        _clock.Advance(TimeSpan.FromDays(1));
        await RoundAsync(reminders.RunAsync(default));
        Assert.Equal(after, Connector.SentTo(chat.ConversationId).Count());
    }

    [Fact]
    public async Task A_due_date_the_bot_missed_is_caught_up_in_the_projectleiders_language()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(1);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "en-US", w.Projectleider);
        await chat.SayAsync("rapportage elk kwartaal vanaf 30-06-2027");
        var before = Connector.SentTo(chat.ConversationId).Count();

        _clock.Advance(TimeSpan.FromDays(4)); // down from Tuesday to Friday
        await RoundAsync(Bot.Services.GetRequiredService<ReportingReminders>().RunAsync(default));

        var reminder = Assert.Single(Connector.SentTo(chat.ConversationId).Skip(before));
        Assert.StartsWith("The progress report of KVU Zwolle – Binnenstad to the municipal executive and council was due on 30 June 2027.", reminder.Text);
        Assert.Contains("Progress report (voortgangsrapportage)", ApprovalExamples.Buttons(reminder.Cards.Single()));
    }
}
