using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Infra;

/// <summary>
/// The Microsoft 365 Agents Toolkit CLI (npm @microsoft/m365agentstoolkit-cli, command atk) from the root
/// package.json, run the way CI can: not interactive, no telemetry, no sign-in.
/// </summary>
public static class AgentsToolkit
{
    /// <summary>What atk provision writes to env/.env.&lt;env&gt; (and the admin fills in), with test values.</summary>
    public static readonly IReadOnlyDictionary<string, string> Provisioned = new Dictionary<string, string>
    {
        ["KVU_ALERT_EMAIL"] = "beheer@gemeente.example",
        ["KVU_APP_ID"] = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
        ["KVU_SSO_APP_ID"] = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        ["KVU_BOT_ID"] = "0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e",
        ["KVU_BOT_DOMAIN"] = "app-kvu-bot-test.azurewebsites.net",
    };

    public static Task<ProcessResult> RunAsync(params string[] arguments)
    {
        NodeTool.RequirePackage("@microsoft/m365agentstoolkit-cli");
        return ExternalProcess.RunAsync(
            RepositoryRoot.Combine("node_modules", ".bin", "atk"),
            [.. arguments, "--interactive", "false", "--telemetry", "false"],
            RepositoryRoot.Path,
            timeout: TimeSpan.FromMinutes(3));
    }

    /// <summary>
    /// env/.env.dev.sample as an admin's env/.env.dev looks after provisioning: the committed sample with the values
    /// of <paramref name="values"/> filled in. Returns the file's path.
    /// </summary>
    public static string WriteEnvironmentFile(string folder, IReadOnlyDictionary<string, string> values)
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine("env", ".env.dev.sample"))
            .Select(line => line.Split('=', 2) is [var name, ""] && values.TryGetValue(name, out var value) ? $"{name}={value}" : line);
        var path = Path.Combine(folder, ".env.dev");
        File.WriteAllLines(path, lines);
        return path;
    }
}
