using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kvu.Bot.Tests.Infra;

/// <summary>
/// infra/main.bicep compiled once to ARM JSON (language version 2.0: resources keyed by symbolic name),
/// shared by the tests that check what would be deployed.
/// </summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public const string MainBicep = "infra/main.bicep";

    public Infrastructure.ProcessResult Build { get; private set; } = null!;

    public JsonObject Template { get; private set; } = null!;

    public string Text { get; private set; } = "";

    public JsonObject Resources => Template["resources"]!.AsObject();

    public JsonObject Resource(string symbolicName) =>
        Resources[symbolicName]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"main.bicep has no resource '{symbolicName}'");

    public IEnumerable<JsonObject> ResourcesOfType(string type) =>
        Resources.Select(r => r.Value!.AsObject()).Where(r => (string?)r["type"] == type);

    /// <summary>Replaces variables('name') in an ARM expression by the variable's value when it is a plain string.</summary>
    public string ResolveVariables(string? expression) =>
        Regex.Replace(expression ?? "", @"variables\('([^']+)'\)", match =>
            Template["variables"]?[match.Groups[1].Value] is JsonValue value && value.TryGetValue(out string? text)
                && !text.StartsWith('[')
                ? $"'{text}'"
                : match.Value);

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync("build", MainBicep, "--stdout");
        Text = Build.StandardOutput;
        Template = Build.ExitCode == 0 ? JsonNode.Parse(Text)!.AsObject() : new JsonObject();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
