using System.Text.Json.Nodes;
using Kvu.Bot.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Formation.Cards;

/// <summary>Every card, from every sample project and in both languages, as the adaptivecards library and Teams see it.</summary>
public class CardValidationTests
{
    /// <summary>Teams: "A message, card included, must stay under 28 KB."</summary>
    private const int TeamsMessageLimit = 28 * 1024;

    /// <summary>One node process validates them all; each card still gets its own test result.</summary>
    private static readonly Lazy<Task<Dictionary<string, IReadOnlyList<string>>>> Validated = new(async () =>
    {
        var cards = CardSamples.AllCards();
        var problems = await AdaptiveCardValidator.ValidateAsync([.. cards.Select(c => c.Card)]);
        return cards.Select((c, i) => (c.Name, Problems: problems[i])).ToDictionary(c => c.Name, c => c.Problems);
    });

    public static TheoryData<string> CardNames() => [.. CardSamples.AllCards().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public async Task Card_is_valid_adaptive_card_1_5(string name)
    {
        var problems = (await Validated.Value)[name];

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_fits_in_a_teams_message(string name)
    {
        var card = CardSamples.AllCards().Single(c => c.Name == name).Card;

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.InRange(CardJson.Utf8Size(card), 1, TeamsMessageLimit);
    }

    [Fact]
    public void The_overview_of_25_members_and_10_areas_stays_well_under_the_limit()
    {
        foreach (var culture in new[] { CardSamples.Dutch, CardSamples.English })
        {
            var size = CardJson.Utf8Size(OverviewCard.Build(CardSamples.Large(), culture));

            // At least 4 KB left for the activity envelope (a few hundred bytes) and for longer names.
            Assert.True(size < 24 * 1024, $"{culture}: {size} bytes");
        }
    }

    [Fact]
    public void Every_card_fits_even_with_very_long_names()
    {
        var project = CardSamples.LargeWithLongNames();
        foreach (var culture in new[] { CardSamples.Dutch, CardSamples.English })
        {
            foreach (var card in new[] { OverviewCard.Build(project, culture), TasksCard.Build(project, culture), SuccessFactorsCard.Build(project, culture) })
            {
                Assert.InRange(CardJson.Utf8Size(card), 1, TeamsMessageLimit);
            }
        }
    }

    [Fact]
    public async Task The_validator_reports_a_broken_card()
    {
        var broken = JsonNode.Parse("""
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "x", "size": "Huge" },
                { "type": "Input.Text" },
                { "type": "Carousel3D" }
              ],
              "actions": [ { "type": "Action.OpenUrl", "title": "nowhere" } ]
            }
            """)!.AsObject();
        var valid = JsonNode.Parse("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "ok" } ] }""")!.AsObject();

        var problems = await AdaptiveCardValidator.ValidateAsync([broken, valid]);

        Assert.Contains(problems[0], p => p.Contains("Huge", StringComparison.Ordinal));
        Assert.Contains(problems[0], p => p.Contains("Carousel3D", StringComparison.Ordinal));
        Assert.Contains(problems[0], p => p.Contains("Id", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(problems[0], p => p.Contains("url", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(problems[1]);
    }
}
