using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Infra;

// The two parameter files of infra/main.bicep: main.bicepparam for the manual path and main.parameters.json for the
// Agents Toolkit's arm/deploy (which fills in ${{VAR}} from env/.env.<env>). What differs per environment comes from
// the same variables in both; everything else the toolkit file leaves to main.bicep's defaults, which must then be
// what the manual file sets, or the two paths would deploy different things.
public sealed partial class ParameterFilesTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    // main.bicepparam built once with each variable the toolkit file names set to "value-of-<VAR>".
    private static readonly Lazy<Task<JsonObject>> ManualParameters = new(() =>
        BuildManualParametersAsync(ToolkitParameters().Values.ToDictionary(v => v, v => (string?)$"value-of-{v}")));

    [Fact]
    public async Task Both_files_take_the_per_environment_values_from_the_same_variables()
    {
        var toolkit = ToolkitParameters();

        var built = await ManualParameters.Value;

        Assert.Equal(["alertEmail", "ssoAppId", "ssoClientSecret"], toolkit.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, variable) in toolkit)
        {
            Assert.Equal($"value-of-{variable}", (string?)built[name]?["value"]);
        }
    }

    [Fact]
    public async Task What_the_toolkit_file_leaves_out_is_the_default_the_manual_file_sets()
    {
        var toolkit = ToolkitParameters();

        var built = await ManualParameters.Value;

        var left = built.Where(p => !toolkit.ContainsKey(p.Key)).ToList();
        Assert.NotEmpty(left);
        foreach (var (name, value) in left)
        {
            var defaultValue = compiled.Template["parameters"]?[name]?["defaultValue"];
            Assert.True(JsonNode.DeepEquals(defaultValue, value?["value"]),
                $"{name}: main.bicepparam sets {value?["value"]?.ToJsonString()}, main.bicep defaults to {defaultValue?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Without_an_alert_address_the_manual_parameters_do_not_build()
    {
        var environment = new Dictionary<string, string?>(BicepCli.ParameterEnvironment) { ["KVU_ALERT_EMAIL"] = null };

        var build = await BicepCli.RunAsync(environment, "build-params", "infra/main.bicepparam", "--stdout");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("KVU_ALERT_EMAIL", build.StandardError);
    }

    /// <summary>main.parameters.json as parameter name → the environment variable its ${{VAR}} value names.</summary>
    internal static Dictionary<string, string> ToolkitParameters()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "main.parameters.json")))!["parameters"]!.AsObject();
        return parameters.ToDictionary(
            p => p.Key,
            p => Placeholder().Match((string?)p.Value!["value"] ?? "") is { Success: true } match
                ? match.Groups[1].Value
                : throw new Xunit.Sdk.XunitException($"main.parameters.json: {p.Key} is not one ${{{{VAR}}}}: the toolkit file only carries per-environment values"));
    }

    private static async Task<JsonObject> BuildManualParametersAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var build = await BicepCli.RunAsync(environment, "build-params", "infra/main.bicepparam", "--stdout");
        Assert.True(build.ExitCode == 0 && build.StandardError.Trim().Length == 0, build.Output);
        return JsonNode.Parse((string)JsonNode.Parse(build.StandardOutput)!["parametersJson"]!)!["parameters"]!.AsObject();
    }

    [GeneratedRegex(@"^\$\{\{([A-Z][A-Z0-9_]*)\}\}$")]
    private static partial Regex Placeholder();
}
