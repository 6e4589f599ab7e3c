using System.Net;
using System.Text.Json.Nodes;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// A card click whose value has a shape the bot's cards never send (a string, an array, nested objects, hundreds of
/// fields, wrong property types) is answered politely in the user's language, or with a 4xx for an invoke, and changes
/// nothing. Through the real /api/messages.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnreadableCardValueTests(AzuriteFixture azurite) : CountedBotTest(azurite)
{
    public static TheoryData<string, string, string> Shapes()
    {
        var data = new TheoryData<string, string, string>();
        var manyFields = new JsonObject();
        for (var i = 0; i < 500; i++)
        {
            manyFields[$"f{i}"] = "x";
        }

        foreach (var (locale, expected) in new[] { ("nl-NL", "Die knop stuurde iets wat ik niet kan lezen"), ("en-US", "That button sent something I cannot read") })
        {
            data.Add(locale, "\"status\"", expected);
            data.Add(locale, "[\"status\"]", expected);
            data.Add(locale, "{\"command\": {\"nested\": \"status\"}}", expected);
            data.Add(locale, "{\"command\": [\"status\"]}", expected);
            data.Add(locale, manyFields.ToJsonString(), expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_value_of_the_wrong_shape_gets_a_polite_answer_and_changes_nothing(string locale, string value, string expected)
    {
        var conversation = TeamsActivity.NewPersonalConversationId();
        var activity = Teams.CardSubmit(conversation, [], locale);
        activity["value"] = JsonNode.Parse(value);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(expected, Assert.Single(Connector.SentTo(conversation)).Text);
        Assert.Equal(0, Tables.Requests);
    }

    [Theory]
    [InlineData("nl-NL", "Deze knop")]
    [InlineData("en-US", "I don't know this button")]
    public async Task Numbers_and_true_false_where_text_is_expected_are_read_as_text(string locale, string expected)
    {
        var conversation = TeamsActivity.NewPersonalConversationId();

        var response = await Bot.PostActivityAsync(Teams.CardSubmit(conversation, new() { ["command"] = 5, ["step"] = true, ["projectId"] = 12.5 }, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(expected, Assert.Single(Connector.SentTo(conversation)).Text);
    }

    [Fact]
    public async Task A_meeting_button_with_junk_in_its_fields_gets_an_answer_not_an_error()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();

        var response = await Bot.PostActivityAsync(Teams.CardSubmit(conversation, new() { ["verb"] = "meetings.pick", ["projectId"] = 42, ["start"] = "gisteren", ["end"] = new string('9', 3000) }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("er ging iets mis", Assert.Single(Connector.SentTo(conversation)).Text);
    }

    [Fact]
    public async Task A_card_action_for_a_verb_no_feature_knows_gets_an_answer_not_501()
    {
        var invoke = Teams.AdaptiveCardInvoke(TeamsActivity.NewChannelConversationId(), "something.else", new() { ["projectId"] = "p" });

        var response = await Bot.PostActivityAsync(invoke);

        // The router answers a button it does not know (any more) in words, so Teams shows no error.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"action\": {\"type\": \"Action.Execute\", \"verb\": \"approval.agree\", \"data\": \"not json at all\"}}", HttpStatusCode.OK)]
    [InlineData("{\"action\": {\"type\": \"Action.Execute\", \"verb\": \"approval.agree\", \"data\": {\"projectId\": {\"x\": 1}}}}", HttpStatusCode.OK)]
    [InlineData("{\"action\": {\"type\": \"Action.Submit\", \"verb\": \"approval.agree\"}}", HttpStatusCode.BadRequest)]
    [InlineData("\"approval.agree\"", HttpStatusCode.BadRequest)]
    [InlineData("null", HttpStatusCode.BadRequest)]
    public async Task A_card_action_with_a_value_of_the_wrong_shape_gets_an_answer_and_changes_nothing(string value, HttpStatusCode expected)
    {
        var invoke = Teams.AdaptiveCardInvoke(TeamsActivity.NewChannelConversationId(), "approval.agree", []);
        invoke["value"] = JsonNode.Parse(value);

        var response = await Bot.PostActivityAsync(invoke);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain(Tables.ByKind.Keys, k => !k.StartsWith("GET ", StringComparison.Ordinal));
    }
}
