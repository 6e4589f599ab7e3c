using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// Invitations and reminders when Teams refuses a post (the fake Bot Connector answers 429, 403 or 404), on a fake
/// clock that moves on while the bot works: a short 429 is waited out, a chat that is gone is "not reachable", and
/// a post Teams does not take now is neither.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamsRefusalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ReminderText = "Herinnering: je reactie op";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    /// <summary>Noon: reminders by hand count per day, and the test moves the clock on by minutes.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero));
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;
    private ApprovalExamples _w = null!;
    private TeamsChat _anna = null!;
    private TeamsChat _mark = null!;
    private TeamsChat _fatima = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _connector.Clock = _clock;
        _bot = new KvuBotApplication(azurite.ConnectionString, services: services => services.AddSingleton<TimeProvider>(_clock));
        _w = await new ApprovalExamples(_bot, _connector).SeedAsync(3);
        _anna = Chat(_w.Projectleider);
        _mark = Chat(_w.Members[0]);
        _fatima = Chat(_w.Members[1]);
        await _mark.SayAsync("uitnodigingen");
        await _fatima.SayAsync("uitnodigingen");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private TeamsChat Chat(TeamsActivity.User user) => new(_bot, _connector, TeamsActivity.NewPersonalConversationId(), user: user);

    [Fact]
    public async Task An_invitation_round_that_meets_a_429_waits_it_out_and_invites_everyone_reachable()
    {
        var refused = 0;
        _connector.Respond = sent => sent.ConversationId == _mark.ConversationId && Interlocked.Increment(ref refused) == 1
            ? FakeBotConnector.TooManyRequests(TimeSpan.FromSeconds(2))
            : null;

        await _clock.DriveAsync(_anna.SayAsync("uitnodigen"), Step);

        Assert.Contains("Uitnodiging verstuurd aan: Mark Jansen, Fatima el Amrani.", _anna.LastText);
        Assert.Contains("Nog niet te bereiken: Henk Mulder.", _anna.LastText); // never opened a chat with the bot
        Assert.DoesNotContain("Teams nam nu niet alles aan", _anna.LastText);
        var tries = _connector.Arrivals.Where(a => a.ConversationId == _mark.ConversationId).Select(a => a.At).ToList()[^2..];
        Assert.True(tries[1] - tries[0] >= TimeSpan.FromSeconds(2), $"tried again after {tries[1] - tries[0]}, Retry-After was 2 s");
        Assert.Contains("nodigt je uit", Assert.Single(_connector.SentTo(_mark.ConversationId).Skip(1)).VisibleText);
        var project = await _bot.Services.GetRequiredService<ProjectStore>().GetAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), default);
        Assert.Equal(MemberStatus.Invited, project!.Members.Single(m => m.Person.AadObjectId == _mark.User.AadObjectId).Status);
    }

    [Fact]
    public async Task An_invitation_Teams_keeps_refusing_is_not_sent_yet_and_goes_out_when_the_projectleider_asks_again()
    {
        _connector.Respond = sent => sent.ConversationId == _mark.ConversationId ? FakeBotConnector.TooManyRequests(TimeSpan.FromMinutes(2)) : null;
        var before = _connector.Arrivals.Count;

        await _clock.DriveAsync(_anna.SayAsync("uitnodigen"), Step);

        // Teams asked the whole tenant to wait two minutes: nobody waits that long for an answer in chat, so the
        // invitations after Mark's are not sent in this round either (and not reported as unreachable).
        Assert.Contains("nog niet verstuurd aan: Mark Jansen, Fatima el Amrani", _anna.LastText);
        Assert.DoesNotContain("Uitnodiging verstuurd aan", _anna.LastText);
        Assert.DoesNotContain("Nog niet te bereiken: Mark", _anna.LastText);
        Assert.Single(_connector.Arrivals.Skip(before), a => a.ConversationId == _mark.ConversationId || a.ConversationId == _fatima.ConversationId);

        _connector.Respond = null;
        _clock.Advance(TimeSpan.FromMinutes(3));
        await _clock.DriveAsync(_anna.SayAsync("uitnodigen"), Step);

        Assert.Contains("Uitnodiging verstuurd aan: Mark Jansen, Fatima el Amrani", _anna.LastText);
        Assert.Contains("nodigt je uit", Assert.Single(_connector.SentTo(_mark.ConversationId).Skip(1)).VisibleText);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_reminder_to_a_chat_that_is_gone_is_reported_as_not_reachable(int status)
    {
        await InviteAndPutTheCompositionAsync();
        _connector.Respond = sent => sent.ConversationId == _mark.ConversationId
            ? status == 403 ? FakeBotConnector.BotRemoved() : FakeBotConnector.ConversationGone()
            : null;

        var report = await RemindAsync();

        Assert.Contains("Herinnering verstuurd aan: Fatima el Amrani.", report);
        Assert.Contains("Nog niet te bereiken (laat hen 'uitnodigingen' typen in hun chat met de bot): Mark Jansen, Henk Mulder.", report);
        Assert.DoesNotContain(_connector.SentTo(_mark.ConversationId), s => s.VisibleText.Contains(ReminderText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_Teams_does_not_take_now_is_not_called_unreachable_and_goes_out_when_pressed_again()
    {
        await InviteAndPutTheCompositionAsync();
        _connector.Respond = sent => sent.ConversationId == _mark.ConversationId ? FakeBotConnector.TooManyRequests(TimeSpan.FromMinutes(2)) : null;

        var first = await RemindAsync();

        Assert.Contains("Herinnering verstuurd aan: Fatima el Amrani.", first);
        Assert.Contains("nog niet herinnerd: Mark Jansen", first);
        Assert.Contains("Nog niet te bereiken (laat hen 'uitnodigingen' typen in hun chat met de bot): Henk Mulder.", first);

        _connector.Respond = null;
        _clock.Advance(TimeSpan.FromMinutes(3)); // past the Retry-After, still the same day
        var again = await RemindAsync();

        Assert.Contains("Herinnering verstuurd aan: Mark Jansen.", again); // Fatima had hers today
        Assert.Single(_connector.SentTo(_mark.ConversationId), s => s.VisibleText.Contains(ReminderText, StringComparison.Ordinal));
    }

    private async Task InviteAndPutTheCompositionAsync()
    {
        await _clock.DriveAsync(_anna.SayAsync("uitnodigen"), Step);
        await _w.SayInChannelAsync("voorleggen samenstelling");
    }

    /// <summary>The projectleider presses "Herinneren"; returns the report the background job sends her.</summary>
    private async Task<string> RemindAsync()
    {
        var before = _connector.SentTo(_anna.ConversationId).Count();
        await _w.InvokeAsync(_w.Projectleider, ApprovalVerbs.Remind, ApprovalExamples.Data("samenstelling", _w.Project.Id));
        var report = await _clock.DriveAsync(_connector.WaitForAsync(s => s.ConversationId == _anna.ConversationId
            && _connector.SentTo(_anna.ConversationId).Skip(before).Any(after => ReferenceEquals(after, s))
            && s.VisibleText.StartsWith("Samenstelling van de werkgroep:", StringComparison.Ordinal)), Step);
        return report.VisibleText;
    }
}
