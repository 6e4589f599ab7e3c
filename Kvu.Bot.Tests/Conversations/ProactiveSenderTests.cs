using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// Posts without a user message, through the SDK's connector client to the fake Bot Connector, on a fake clock:
/// what the sender does with Teams' answers.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProactiveSenderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _connector.Clock = _clock;
        _bot = new KvuBotApplication(azurite.ConnectionString, services: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ConversationAddress Channel(string id) => new(
        TeamsActivity.TenantId, id, ConversationKind.Channel, _connector.ServiceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName,
        "19:team@thread.tacv2", "Werkgroep KVU", "Uitgaansgebied Centrum", Start);

    /// <summary>
    /// Sends while the fake clock moves on by a quarter second every 25 ms of real time: slow enough that a request in
    /// flight on a busy machine moves the recorded times by about a second, not by the several seconds a faster pace
    /// gave (a 7 s Retry-After once measured 12 s under load).
    /// </summary>
    private Task<SendResult> SendAsync(string channel, string text) =>
        _clock.DriveAsync(_bot.Services.GetRequiredService<ProactiveSender>().SendAsync(Channel(channel), [Reply.Say(text)], CancellationToken.None), TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(25));

    [Fact]
    public async Task A_post_reaches_the_channel()
    {
        var channel = TeamsActivity.NewChannelConversationId();

        var result = await SendAsync(channel, "Wekelijkse status");

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("Wekelijkse status", Assert.Single(_connector.SentTo(channel)).Text);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_channel_the_bot_was_removed_from_or_that_is_gone_comes_back_as_recipient_gone_and_is_not_retried(int status)
    {
        var channel = TeamsActivity.NewChannelConversationId();
        _connector.Respond = _ => status == 403 ? FakeBotConnector.BotRemoved() : FakeBotConnector.ConversationGone();

        var result = await SendAsync(channel, "x");

        Assert.Equal(SendOutcome.RecipientGone, result.Outcome);
        Assert.Single(_connector.Arrivals, a => a.ConversationId == channel);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_its_Retry_After_in_seconds_and_the_post_then_delivered()
    {
        var channel = TeamsActivity.NewChannelConversationId();
        var refusals = 0;
        _connector.Respond = _ => Interlocked.Increment(ref refusals) == 1 ? FakeBotConnector.TooManyRequests(TimeSpan.FromSeconds(7)) : null;

        var result = await SendAsync(channel, "Wekelijkse status");

        Assert.Equal((SendOutcome.Sent, 1), (result.Outcome, result.Throttles));
        Assert.Single(_connector.SentTo(channel));
        var tries = _connector.Arrivals.Where(a => a.ConversationId == channel).Select(a => a.At).ToList();
        Assert.Equal(2, tries.Count);
        Assert.InRange(tries[1] - tries[0], TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_Retry_After_given_as_a_date_is_read_against_the_apps_clock()
    {
        var channel = TeamsActivity.NewChannelConversationId();
        var until = Start.AddSeconds(12);
        var refusals = 0;
        _connector.Respond = _ => Interlocked.Increment(ref refusals) == 1 ? FakeBotConnector.TooManyRequests(until) : null;

        var result = await SendAsync(channel, "x");

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var delivered = _connector.Arrivals.Last(a => a.ConversationId == channel).At;
        Assert.InRange(delivered, until, until.AddSeconds(3)); // never before Retry-After; the fake clock is driven in 250 ms steps
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_sender_waits_comes_back_as_throttled_with_that_wait_at_once()
    {
        var channel = TeamsActivity.NewChannelConversationId();
        _connector.Respond = _ => FakeBotConnector.TooManyRequests(TimeSpan.FromMinutes(2));

        // The clock stands still: a sender that waited any time at all would not come back.
        var result = await _bot.Services.GetRequiredService<ProactiveSender>().SendAsync(Channel(channel), [Reply.Say("x")], CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(SendOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(2), result.RetryAfter);
        Assert.Single(_connector.Arrivals, a => a.ConversationId == channel);
    }
}
