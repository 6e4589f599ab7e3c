using System.Text.Json.Nodes;
using Kvu.Bot.Common.Cards;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Common.Cards;

public class CardKitTests
{
    [Fact]
    public void Styles_are_written_with_the_names_the_schema_uses()
    {
        var text = CardElements.Text("Nog geen plaatsvervanger", weight: TextWeight.Bolder, color: TextColor.Attention, size: TextSize.Small, spacing: Spacing.None);
        var button = CardActions.Submit("Begin", [], ActionStyle.Positive, ActionMode.Secondary);

        Assert.Equal(("Bolder", "Attention", "Small", "None"), ((string?)text["weight"], (string?)text["color"], (string?)text["size"], (string?)text["spacing"]));
        Assert.Equal(("positive", "secondary"), ((string?)button["style"], (string?)button["mode"]));
    }

    [Fact]
    public async Task Every_style_the_kit_offers_is_valid_in_Adaptive_Cards_1_5()
    {
        var body = new List<JsonObject>();
        body.AddRange(Enum.GetValues<TextColor>().Select(c => CardElements.Text($"{c}", color: c)));
        body.AddRange(Enum.GetValues<TextWeight>().Select(w => CardElements.Runs(CardElements.Run($"{w}", weight: w))));
        body.AddRange(Enum.GetValues<TextSize>().Select(s => CardElements.Text($"{s}", size: s)));
        body.AddRange(Enum.GetValues<Spacing>().Select(s => CardElements.Text($"{s}", spacing: s)));
        body.AddRange(Enum.GetValues<ContainerStyle>().Select(s => CardElements.Container([CardElements.Text($"{s}")], style: s)));
        body.AddRange(Enum.GetValues<ColumnWidth>().Select(w => CardElements.Columns(CardElements.Column(w, CardElements.Text($"{w}")))));
        body.AddRange(Enum.GetValues<ChoiceInputStyle>().Select(s => CardInputs.Choices($"choice{s}", $"{s}", [("Ja", "ja")], s)));
        body.AddRange(Enum.GetValues<TextInputStyle>().Select(s => CardInputs.Text($"text{s}", $"{s}", style: s)));
        body.AddRange(Enum.GetValues<ActionStyle>().Select(s => CardElements.ActionSet(Enum.GetValues<ActionMode>().Select(m => CardActions.Submit($"{s} {m}", [], s, m)))));
        var misspelt = AdaptiveCard.Create([new JsonObject { ["type"] = "TextBlock", ["text"] = "x", ["color"] = "Red" }]);

        var problems = await AdaptiveCardValidator.ValidateAsync([AdaptiveCard.Create([.. body]), misspelt]);

        Assert.Empty(problems[0]);
        Assert.NotEmpty(problems[1]); // the validator does notice a name that is not in the schema
    }

    [Fact]
    public void Only_the_kit_builds_card_JSON()
    {
        // A card builder that writes "type" or a version itself bypasses the kit's typed styles and its one version.
        var root = RepositoryRoot.Combine("Kvu.Bot");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/") && !path.StartsWith("bin/") && !path.StartsWith("Common/Cards/"))
            .Where(path => File.ReadAllText(Path.Combine(root, path)) is var code
                && (code.Contains("[\"type\"]") || code.Contains("\"AdaptiveCard\"") || code.Contains("[\"version\"]")))
            .ToList();

        Assert.Empty(offenders);
    }
}
