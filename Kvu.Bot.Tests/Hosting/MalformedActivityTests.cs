using System.Net;
using System.Text.Json.Nodes;
using Kvu.Bot.Hosting;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>
/// Bodies that cannot have come from the Bot Connector (partial, malformed, oversized) get a 4xx, never a 500, and
/// touch no Table storage; the turn error handler never throws. Through the real /api/messages.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MalformedActivityTests(AzuriteFixture azurite) : CountedBotTest(azurite)
{
    public static TheoryData<string> Damage => new()
    {
        "no conversation",
        "conversation without id",
        "no from",
        "from without id",
        "no recipient",
        "unknown channel",
        "no channel",
        "no serviceUrl",
        "serviceUrl not a URL",
        "no type",
        "empty type",
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task A_partial_activity_gets_400_and_nothing_is_stored_or_sent(string damage)
    {
        var conversation = TeamsActivity.NewPersonalConversationId();
        var activity = Teams.PersonalMessage(conversation, "help");
        Break(activity, damage);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Sent);
        Assert.Equal(0, Tables.Requests);
    }

    [Theory]
    [InlineData("invoke")]
    [InlineData("conversationUpdate")]
    public async Task Other_activity_types_without_a_conversation_get_400_too(string type)
    {
        var activity = Teams.OfType(type, TeamsActivity.NewPersonalConversationId());
        activity.Remove("conversation");

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, Tables.Requests);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"a string\"")]
    [InlineData("{\"type\": \"message\", \"conversation\": 5}")]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    public async Task A_body_that_is_no_activity_gets_400(string body)
    {
        var response = await Bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, Tables.Requests);
    }

    [Fact]
    public async Task Deeply_nested_JSON_gets_400()
    {
        var activity = Teams.PersonalMessage(TeamsActivity.NewPersonalConversationId(), "help").ToJsonString();
        var nested = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));

        var response = await Bot.PostRawAsync(activity[..^1] + ", \"value\": " + nested + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, Tables.Requests);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var activity = Teams.PersonalMessage(TeamsActivity.NewPersonalConversationId(), new string('x', ActivityRequest.MaxBytes));

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Sent);
        Assert.Equal(0, Tables.Requests);
    }

    [Fact]
    public async Task With_an_identity_configured_a_partial_activity_without_a_token_gets_401()
    {
        await using var bot = new KvuBotApplication(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "3d3e1f5a-8b7c-4d2e-9f10-a1b2c3d4e5f6",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        var activity = Teams.PersonalMessage(TeamsActivity.NewPersonalConversationId(), "help");
        activity.Remove("conversation");

        var response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_turn_error_handler_never_throws_whatever_the_turn_lacked()
    {
        var handler = new TurnErrorHandler(NullLogger<TurnErrorHandler>.Instance);
        var failingAdapter = new TestAdapter { OnTurnError = null };
        var broken = new TurnContext(new ThrowingAdapter(), new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount(id: "c") });

        await handler.HandleAsync(broken, new InvalidOperationException("turn failed"));
        await handler.HandleAsync(new TurnContext(failingAdapter, new Activity()), new InvalidOperationException("turn failed"));
        await handler.HandleAsync(new TurnContext(failingAdapter, new Activity { Type = ActivityTypes.Message }), null!);
    }

    private void Break(JsonObject activity, string damage)
    {
        switch (damage)
        {
            case "no conversation": activity.Remove("conversation"); break;
            case "conversation without id": activity["conversation"]!.AsObject().Remove("id"); break;
            case "no from": activity.Remove("from"); break;
            case "from without id": activity["from"]!.AsObject().Remove("id"); break;
            case "no recipient": activity.Remove("recipient"); break;
            case "unknown channel": activity["channelId"] = "myspace"; break;
            case "no channel": activity.Remove("channelId"); break;
            case "no serviceUrl": activity.Remove("serviceUrl"); break;
            case "serviceUrl not a URL": activity["serviceUrl"] = "connector"; break;
            case "no type": activity.Remove("type"); break;
            case "empty type": activity["type"] = string.Empty; break;
            default: throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }

    /// <summary>An adapter whose connector is down: every send throws.</summary>
    private sealed class ThrowingAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            throw new HttpRequestException("connector down");

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
