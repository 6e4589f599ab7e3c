using Azure.Core;
using Kvu.Bot.Approvals;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// The reminder jobs run in the web app's host, where an exception escaping a background service stops the whole
/// app. Their store throws here (through the Table client's own pipeline) and the bot stays up and tries again at
/// the next tick of the fake clock.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReminderJobFailureTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Tick = TimeSpan.FromHours(1); // Approvals:ReminderInterval's default
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private KvuBotApplication Bot(TableFaults? faults = null) => new(azurite.ConnectionString,
        new Dictionary<string, string?> { ["Approvals:ReminderAfterDays"] = "1" },
        services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            if (faults is not null)
            {
                services.AddSingleton(new TablePipelinePolicy(faults, HttpPipelinePosition.PerCall));
            }
        });

    [Fact]
    public async Task The_reminder_job_whose_store_throws_keeps_the_app_up_and_reminds_at_a_later_tick()
    {
        // Only the job's own first read (the index of projects with decisions) fails, once with each exception.
        var faults = new TableFaults(TableFaults.Reads(KvuTables.Approvals, "~decisions"),
            new StorageConflictException(KvuTables.Approvals, "~decisions", "x", "Someone else wrote first"),
            new TableLimitException("entity size", "Too large"),
            new InvalidOperationException("A bug in one round"));
        await using var bot = Bot(faults);
        var (w, mark) = await WerkgroepWithAnOpenDecisionAsync(bot);

        for (var round = 1; round <= 3; round++)
        {
            _clock.Advance(Tick);
            await Eventually(() => faults.Thrown == round, $"round {round} of the job did not run");
            await AssertUpAsync(bot);
        }

        Assert.DoesNotContain(_connector.SentTo(mark.ConversationId), s => s.VisibleText.Contains("Herinnering: je reactie op", StringComparison.Ordinal));
        _clock.Advance(TimeSpan.FromDays(1));
        var reminder = await SentAsync(mark.ConversationId, "Herinnering: je reactie op");
        Assert.Contains($"KVU {w.Project.Gemeente}", reminder.VisibleText);
        await AssertUpAsync(bot);
    }

    [Fact]
    public async Task The_manual_reminder_job_whose_store_throws_keeps_the_app_up_and_sends_the_request_at_the_next_tick()
    {
        ApprovalExamples w;
        TeamsChat mark;
        TeamsChat anna;
        await using (var before = Bot())
        {
            (w, mark) = await WerkgroepWithAnOpenDecisionAsync(before);
            anna = new TeamsChat(before, _connector, TeamsActivity.NewPersonalConversationId(), user: w.Projectleider);
            await anna.SayAsync("uitnodigen"); // the report comes to this chat

            // "Herinneren" pressed, stored by a bot that stopped before sending it.
            await before.Services.GetRequiredService<ApprovalStore>().SaveReminderRequestAsync(
                new ReminderRequest(TeamsActivity.TenantId, w.Project.Id, GroupDecisionKind.Samenstelling, w.Projectleider.AadObjectId, "nl-NL", _clock.GetUtcNow()), default);
        }

        // The decision's partition cannot be read: the first round (at start) and the next tick's both fail.
        var faults = new TableFaults(TableFaults.Reads(KvuTables.Approvals, w.Project.Id),
            new StorageConflictException(KvuTables.Approvals, w.Project.Id, "x", "Someone else wrote first"),
            new InvalidOperationException("A bug in one round"));
        await using var bot = Bot(faults);
        _ = bot.Services;
        await Eventually(() => faults.Thrown == 1, "the job did not run at start");
        await AssertUpAsync(bot);
        _clock.Advance(Tick);
        await Eventually(() => faults.Thrown == 2, "the job did not run again at the next tick");
        await AssertUpAsync(bot);
        Assert.DoesNotContain(_connector.SentTo(mark.ConversationId), s => s.VisibleText.Contains("Herinnering: je reactie op", StringComparison.Ordinal));

        _clock.Advance(Tick);

        await SentAsync(mark.ConversationId, "Herinnering: je reactie op");
        var report = await SentAsync(anna.ConversationId, "Herinnering verstuurd aan");
        Assert.Contains("Mark Jansen", report.VisibleText);
        // The request is removed once the round is done, just after the report went out.
        var store = bot.Services.GetRequiredService<ApprovalStore>();
        await Eventually(() => !store.ListReminderRequestsAsync(default).GetAwaiter().GetResult().Any(r => r.ProjectId == w.Project.Id), "the done request was not removed");
        await AssertUpAsync(bot);
    }

    /// <summary>A werkgroep whose composition is put to the members now; Mark opened his chat with the bot, so he can be reminded.</summary>
    private async Task<(ApprovalExamples W, TeamsChat Mark)> WerkgroepWithAnOpenDecisionAsync(KvuBotApplication bot)
    {
        var w = await new ApprovalExamples(bot, _connector).SeedAsync(3);
        var mark = new TeamsChat(bot, _connector, TeamsActivity.NewPersonalConversationId(), user: w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        await w.SayInChannelAsync("voorleggen samenstelling");
        return (w, mark);
    }

    /// <summary>The host is not shutting down and the web app answers its health check.</summary>
    private static async Task AssertUpAsync(KvuBotApplication bot)
    {
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, "the host is stopping");
        var health = await bot.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.True(health.IsSuccessStatusCode, $"/health answered {(int)health.StatusCode}");
    }

    /// <summary>
    /// Waits for the job while the fake clock moves on in small steps (far less than a tick): the rounds also remind
    /// members of other tests' decisions (one Azurite), which the tenant's rate spaces out in fake time.
    /// </summary>
    private async Task Eventually(Func<bool> condition, string failure)
    {
        async Task<bool> Until()
        {
            for (var deadline = DateTime.UtcNow.AddSeconds(20); !condition(); await Task.Delay(20))
            {
                if (DateTime.UtcNow > deadline)
                {
                    return false;
                }
            }

            return true;
        }

        Assert.True(await _clock.DriveAsync(Until(), TimeSpan.FromMilliseconds(100)), failure);
    }

    private Task<SentActivity> SentAsync(string conversationId, string text) =>
        _clock.DriveAsync(_connector.WaitForAsync(s => s.ConversationId == conversationId && s.VisibleText.Contains(text, StringComparison.Ordinal), TimeSpan.FromSeconds(20)), TimeSpan.FromMilliseconds(100));
}
