using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// "help" lists every command with an example; a user who types an example exactly as shown is understood (the
/// answer may be that there is no project yet, but never "I don't understand").
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class HelpCommandsTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    [Theory]
    [InlineData("nl-NL", "Dat begrijp ik niet")]
    [InlineData("en-US", "I don't understand")]
    public async Task Every_example_in_the_help_is_understood_as_typed(string locale, string notUnderstood)
    {
        var help = await NewChat(locale).SayAsync("help");
        var examples = Example().Matches(Assert.Single(help).Text!).Select(m => m.Groups["command"].Value).ToList();
        Assert.True(examples.Count >= 18, $"The help lists {examples.Count} commands: {string.Join(", ", examples)}");

        foreach (var example in examples)
        {
            var chat = NewChat(locale);
            await chat.SayAsync(example);
            Assert.False(chat.Last.Count == 0, $"No answer to \"{example}\"");
            Assert.DoesNotContain(notUnderstood, chat.LastText);
        }
    }

    [Fact]
    public async Task The_help_groups_the_commands_by_what_a_projectleider_is_doing()
    {
        var help = Assert.Single(await NewChat().SayAsync("help")).Text!;

        var forming = help.IndexOf("**De werkgroep vormen**", StringComparison.Ordinal);
        var deciding = help.IndexOf("**Samen besluiten**", StringComparison.Ordinal);
        var meeting = help.IndexOf("**Vergaderen en voortgang**", StringComparison.Ordinal);
        Assert.True(forming >= 0 && forming < deciding && deciding < meeting, help);
        Assert.InRange(help.IndexOf("`uitnodigen`", StringComparison.Ordinal), deciding, meeting);
        Assert.True(help.IndexOf("`vergadering startbijeenkomst 90 min`", StringComparison.Ordinal) > meeting, help);
    }

    private TeamsChat NewChat(string locale = "nl-NL") =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale,
            new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString()));

    /// <summary>The example at the start of a help line: "- `wijzig politie` – ...".</summary>
    [GeneratedRegex(@"^- `(?<command>[^`]+)`", RegexOptions.Multiline)]
    private static partial Regex Example();
}
