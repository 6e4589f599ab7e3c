using System.Text;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>Every approval card as the adaptivecards library sees it, within Teams' limits, and rendered in Chromium.</summary>
public class ApprovalCardTests(CardRenderer renderer) : IClassFixture<CardRenderer>
{
    /// <summary>Teams: "A message, card included, must stay under 28 KB."</summary>
    private const int TeamsMessageLimit = 28 * 1024;

    private static readonly Lazy<Task<Dictionary<string, IReadOnlyList<string>>>> Validated = new(async () =>
    {
        var cards = ApprovalCardSamples.AllCards().Append(("decision-largest-nl", ApprovalCardSamples.Largest(ApprovalCardSamples.Dutch)))
            .Append(("decision-largest-expectations-nl", ApprovalCardSamples.Largest(ApprovalCardSamples.Dutch, audit: false, GroupDecisionKind.Verwachtingen))).ToList();
        var problems = await AdaptiveCardValidator.ValidateAsync([.. cards.Select(c => c.Item2)]);
        return cards.Select((c, i) => (c.Item1, Problems: problems[i])).ToDictionary(c => c.Item1, c => c.Problems);
    });

    public static TheoryData<string> CardNames() => [.. ApprovalCardSamples.AllCards().Select(c => c.Name).Append("decision-largest-nl").Append("decision-largest-expectations-nl")];

    [Theory]
    [MemberData(nameof(CardNames))]
    public async Task Card_is_valid_adaptive_card_1_5(string name)
    {
        var problems = (await Validated.Value)[name];

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void Every_card_fits_in_a_teams_message_even_with_59_long_objections_or_expectations_and_the_audit_open()
    {
        foreach (var (name, card) in ApprovalCardSamples.AllCards().Append(("largest-en", ApprovalCardSamples.Largest(ApprovalCardSamples.English))).Append(("largest-nl", ApprovalCardSamples.Largest(ApprovalCardSamples.Dutch))).Append(("largest-member-view-en", ApprovalCardSamples.Largest(ApprovalCardSamples.English, audit: false)))
            .Append(("largest-expectations-member-view-nl", ApprovalCardSamples.Largest(ApprovalCardSamples.Dutch, audit: false, GroupDecisionKind.Verwachtingen)))
            .Append(("largest-expectations-projectleider-nl", ApprovalCardSamples.Largest(ApprovalCardSamples.Dutch, audit: true, GroupDecisionKind.Verwachtingen))))
        {
            Assert.Equal("1.5", (string?)card["version"]);
            var size = Encoding.UTF8.GetByteCount(card.ToJsonString());

            // At least 3 KB left for the activity envelope.
            Assert.True(size < TeamsMessageLimit - 3 * 1024, $"{name}: {size} bytes");
        }
    }

    [Fact]
    public void Every_execute_button_falls_back_to_a_submit_with_the_same_data_and_its_verb()
    {
        foreach (var (name, card) in ApprovalCardSamples.AllCards())
        {
            foreach (var action in (card["actions"]?.AsArray() ?? []).OfType<System.Text.Json.Nodes.JsonObject>())
            {
                Assert.Equal("Action.Execute", (string?)action["type"]);
                var fallback = action["fallback"]!;
                Assert.Equal("Action.Submit", (string?)fallback["type"]);
                Assert.Equal((string?)action["verb"], (string?)fallback["data"]![CardVerb.Field]);
                Assert.Equal((string?)action["data"]![ApprovalVerbs.ProjectField], (string?)fallback["data"]![ApprovalVerbs.ProjectField]);
            }

            if (name.StartsWith("decision", StringComparison.Ordinal))
            {
                Assert.InRange(card["refresh"]!["userIds"]!.AsArray().Count, 1, GroupDecisionCard.MaxRefreshUsers);
            }
        }
    }

    [Fact]
    public void Refresh_asks_for_at_most_60_user_views()
    {
        var decision = ApprovalCardSamples.Decision(GroupDecisionKind.Samenstelling, voters: 75);

        Assert.Equal(60, GroupDecisionCard.RefreshUsers(decision).Count);
    }

    [Fact]
    public void Every_text_exists_in_dutch_and_english()
    {
        foreach (var key in ResourceKeys.Texts(ApprovalText.ResourceManager))
        {
            var dutch = ApprovalText.ResourceManager.GetString(key, ApprovalCardSamples.Dutch);
            var english = ApprovalText.ResourceManager.GetString(key, ApprovalCardSamples.English);
            Assert.False(string.IsNullOrWhiteSpace(dutch), key);
            Assert.False(string.IsNullOrWhiteSpace(english), key);
            Assert.True(key.StartsWith("Objection", StringComparison.Ordinal) || dutch != english, $"{key} is not translated");
        }
    }

    [Fact]
    public async Task Every_card_renders_in_a_browser()
    {
        var folder = RepositoryRoot.Combine("TestResults", "cards", "approvals");
        foreach (var (name, card) in ApprovalCardSamples.AllCards())
        {
            var path = Path.Combine(folder, $"{name}.png");
            await renderer.RenderAsync(card, path);
            Assert.True(new FileInfo(path).Length > 1000, $"{name}: empty screenshot");
        }
    }
}
