using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Validates cards with the npm adaptivecards library (validate-card.cjs): parsed as schema 1.5, the highest Teams
/// supports, then validateProperties(). Many cards go to one node process, because starting node costs more than
/// validating a card.
/// </summary>
public static class AdaptiveCardValidator
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ValidateAsync(IReadOnlyList<JsonObject> cards)
    {
        NodeTool.RequirePackage("adaptivecards");
        var input = Path.Combine(Path.GetTempPath(), $"kvu-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, new JsonArray([.. cards.Select(c => c.DeepClone())]).ToJsonString());
        try
        {
            var script = RepositoryRoot.Combine("Kvu.Bot.Tests", "Infrastructure", "validate-card.cjs");
            var result = await NodeTool.RunScriptAsync(script, [input]);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"validate-card.cjs failed: {result.Output}");
            }

            var problems = JsonSerializer.Deserialize<string[][]>(result.StandardOutput)
                ?? throw new InvalidOperationException($"validate-card.cjs printed nothing usable: {result.Output}");
            return problems;
        }
        finally
        {
            File.Delete(input);
        }
    }

    public static async Task<IReadOnlyList<string>> ValidateAsync(JsonObject card) => (await ValidateAsync([card]))[0];
}
