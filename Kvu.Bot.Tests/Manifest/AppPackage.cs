using System.IO.Compression;
using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Manifest;

/// <summary>
/// The Teams app package built once by manifest/build.sh with test ids, and its files extracted to a
/// temporary folder, shared by the tests that check what would be uploaded to Teams.
/// </summary>
public sealed class AppPackage : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["KVU_APP_ID"] = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
        ["KVU_BOT_ID"] = "0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e",
        ["KVU_SSO_APP_ID"] = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        ["KVU_BOT_DOMAIN"] = "app-kvu-bot-test.azurewebsites.net",
        ["KVU_APP_VERSION"] = "1.2.3",
    };

    private DirectoryInfo _folder = null!;

    public ProcessResult Build { get; private set; } = null!;

    public string ZipPath => Path.Combine(_folder.FullName, "kvu-bot.zip");

    public string ExtractedFolder => Path.Combine(_folder.FullName, "extracted");

    public IReadOnlyList<string> EntryNames { get; private set; } = [];

    public JsonObject Manifest => JsonNode.Parse(File.ReadAllText(Path.Combine(ExtractedFolder, "manifest.json")))!.AsObject();

    /// <summary>Runs the package build command with the given variables; KVU_PACKAGE_DIR goes to a fresh folder.</summary>
    public static async Task<(ProcessResult Result, string OutputFolder)> RunBuildAsync(IReadOnlyDictionary<string, string?> values)
    {
        NodeTool.RequirePackage("@microsoft/app-manifest");
        NodeTool.RequirePackage("fflate");
        var output = Directory.CreateTempSubdirectory("kvu-package-").FullName;
        var environment = new Dictionary<string, string?>(values) { ["KVU_PACKAGE_DIR"] = output };
        foreach (var name in Values.Keys.Where(n => !values.ContainsKey(n)))
        {
            environment[name] = null; // a value from the developer's shell must not leak in
        }
        var result = await ExternalProcess.RunAsync("bash", [RepositoryRoot.Combine("manifest", "build.sh")], environment: environment);
        return (result, output);
    }

    public async Task InitializeAsync()
    {
        (Build, var output) = await RunBuildAsync(Values);
        _folder = new DirectoryInfo(output);
        if (Build.ExitCode != 0 || !File.Exists(ZipPath))
        {
            return;
        }
        using var zip = ZipFile.OpenRead(ZipPath);
        EntryNames = zip.Entries.Select(e => e.FullName).ToList();
        if (EntryNames.All(n => !n.Contains('/') && !n.Contains('\\')))
        {
            zip.ExtractToDirectory(ExtractedFolder);
        }
    }

    public Task DisposeAsync()
    {
        _folder?.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
