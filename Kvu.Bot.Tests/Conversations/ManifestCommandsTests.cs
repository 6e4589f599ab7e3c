using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// The commands Teams offers in its compose box (manifest/manifest.json, commandLists): picking one sends its title
/// as it stands, in the chat or channel the list is for. The bot understands each of them there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ManifestCommandsTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string NotUnderstood = "Dat begrijp ik niet";

    [Fact]
    public async Task Every_personal_command_is_understood_in_the_personal_chat()
    {
        var titles = Titles("personal");
        Assert.InRange(titles.Count, 8, 10); // Teams shows at most 10 per list.

        foreach (var title in titles)
        {
            var user = new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString());
            var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: user);
            await chat.SayAsync(title);
            Assert.NotEmpty(chat.Last);
            Assert.DoesNotContain(NotUnderstood, chat.LastText);
        }
    }

    [Fact]
    public async Task Every_team_command_is_understood_in_a_channel()
    {
        var titles = Titles("team");
        Assert.InRange(titles.Count, 5, 10);
        var teams = new TeamsActivity(Connector.ServiceUrl);

        foreach (var title in titles)
        {
            var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
            var user = new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString());
            var before = Connector.Sent.Count;
            (await Bot.PostActivityAsync(teams.ChannelMessage(channel, title, from: user))).EnsureSuccessStatusCode();
            var answer = string.Join("\n", Connector.Sent.Skip(before).Where(a => a.ConversationId.StartsWith(channel, StringComparison.Ordinal)).Select(a => a.VisibleText));
            Assert.False(answer.Length == 0, $"No answer to \"{title}\" in a channel");
            Assert.DoesNotContain(NotUnderstood, answer);
        }
    }

    private static List<string> Titles(string scope)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifest", "manifest.json")))!;
        return [.. manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Single(l => l!["scopes"]!.AsArray().Any(s => (string?)s == scope))!["commands"]!.AsArray()
            .Select(c => (string)c!["title"]!)];
    }
}
