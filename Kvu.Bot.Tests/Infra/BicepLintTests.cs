using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Infra;

/// <summary>The linter runs with every finding raised to an error (infra/bicepconfig.json), so a finding fails here.</summary>
public sealed class BicepLintTests
{
    [Theory]
    [InlineData("infra/main.bicep")]
    [InlineData("infra/main.bicepparam")]
    public async Task Lint_finds_nothing(string file)
    {
        var lint = await BicepCli.RunAsync("lint", file);

        Assert.True(lint.ExitCode == 0, lint.Output);
        Assert.True(lint.StandardOutput.Trim().Length == 0 && lint.StandardError.Trim().Length == 0, lint.Output);
    }

    [Fact]
    public async Task Parameters_file_builds_and_lists_the_bot_tables()
    {
        var build = await BicepCli.RunAsync("build-params", "infra/main.bicepparam", "--stdout");

        Assert.True(build.ExitCode == 0 && build.StandardError.Trim().Length == 0, build.Output);
        var parameters = JsonNode.Parse((string)JsonNode.Parse(build.StandardOutput)!["parametersJson"]!)!["parameters"]!;
        var tables = parameters["tableNames"]!["value"]!.AsArray().Select(t => (string)t!).ToArray();
        Assert.Equal(Kvu.Bot.Storage.KvuTables.All, tables);
    }

    [Fact]
    public void Config_raises_every_enabled_rule_to_an_error()
    {
        var rules = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "bicepconfig.json")))!
            ["analyzers"]!["core"]!["rules"]!.AsObject();

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Contains((string?)rule.Value!["level"], new[] { "error", "off" }));
        // Off on purpose: its verdict depends on today's date, so the same template would start failing by itself.
        Assert.Equal(["use-recent-api-versions"], rules.Where(r => (string?)r.Value!["level"] == "off").Select(r => r.Key));
    }

    [Fact]
    public async Task A_finding_fails_the_lint()
    {
        var folder = Directory.CreateTempSubdirectory("kvu-bicep-lint-");
        try
        {
            File.Copy(RepositoryRoot.Combine("infra", "bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            var file = Path.Combine(folder.FullName, "unused.bicep");
            File.WriteAllText(file, "param notUsed string = 'x'\n");

            var lint = await BicepCli.RunAsync("lint", file);

            Assert.NotEqual(0, lint.ExitCode);
            Assert.Contains("Error no-unused-params", lint.StandardOutput + lint.StandardError);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
