using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>Posts without a user message, through the SDK's connector client to the fake Bot Connector.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProactiveSenderTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ConversationAddress Channel(string id) => new(
        TeamsActivity.TenantId, id, ConversationKind.Channel, Connector.ServiceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName,
        "19:team@thread.tacv2", "Werkgroep KVU", "Uitgaansgebied Centrum", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_post_reaches_the_channel()
    {
        var channel = TeamsActivity.NewChannelConversationId();

        var result = await Bot.Services.GetRequiredService<ProactiveSender>().SendAsync(Channel(channel), [Reply.Say("Wekelijkse status")], CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("Wekelijkse status", Assert.Single(Connector.SentTo(channel)).Text);
    }

    [Fact]
    public async Task A_channel_theBot_was_removed_from_is_reported_as_forbidden()
    {
        var channel = TeamsActivity.NewChannelConversationId();
        Connector.Respond = _ => Results.Json(new { error = new { code = "BotNotInConversationRoster", message = "The bot is not part of the conversation roster." } }, statusCode: 403);

        var result = await Bot.Services.GetRequiredService<ProactiveSender>().SendAsync(Channel(channel), [Reply.Say("x")], CancellationToken.None);

        Assert.Equal(SendOutcome.Forbidden, result.Outcome);
    }

    [Fact]
    public async Task Throttling_comes_back_with_the_wait_Teams_asks_for()
    {
        var channel = TeamsActivity.NewChannelConversationId();
        Connector.Respond = _ => new RetryAfterResult(7);

        var result = await Bot.Services.GetRequiredService<ProactiveSender>().SendAsync(Channel(channel), [Reply.Say("x")], CancellationToken.None);

        Assert.Equal(SendOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
    }

    private sealed class RetryAfterResult(int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = 429;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return httpContext.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Too many requests" } });
        }
    }
}
