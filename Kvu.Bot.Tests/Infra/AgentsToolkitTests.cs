using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;
using Kvu.Bot.Tests.Manifest;

namespace Kvu.Bot.Tests.Infra;

// m365agents.yml, env/.env.dev.sample and the Agents Toolkit CLI, offline. What needs no sign-in runs for real:
// `atk validate --manifest-file` (the manifest against its schema, placeholders filled from an env file) and
// `atk package` (the app package, exactly as provision's zipAppPackage builds it). What needs the network is
// declared, not run: provision and deploy (Azure, Entra ID, Teams Developer Portal), and
// `atk validate --package-file`, whose validation rules run in Developer Portal behind a Microsoft 365 sign-in. The
// toolkit checks m365agents.yml only when provisioning, so it is checked here against the toolkit's own schema.
public sealed partial class AgentsToolkitTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>, IDisposable
{
    private static readonly string[] BuiltInVariables = ["TEAMSFX_ENV", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME"];

    /// <summary>What the admin fills in besides the toolkit's own variables (env/.env.dev.sample, first part).</summary>
    private static readonly string[] AdminVariables = ["KVU_ALERT_EMAIL"];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kvu-atk-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Atk_validate_passes_the_manifest_with_a_provisioned_sample_environment()
    {
        var environmentFile = AgentsToolkit.WriteEnvironmentFile(_folder.FullName, AgentsToolkit.Provisioned);

        var validation = await AgentsToolkit.RunAsync("validate", "--manifest-file", "manifest/manifest.json", "--env-file", environmentFile);

        Assert.True(validation.ExitCode == 0, validation.Output);
        Assert.Contains("All passed", validation.StandardOutput);
    }

    [Fact]
    public async Task Atk_validate_fails_on_a_broken_manifest()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifest", "manifest.json")))!.AsObject();
        manifest.Remove("developer");
        var copy = Path.Combine(_folder.FullName, "manifest.json");
        File.WriteAllText(copy, manifest.ToJsonString());
        var environmentFile = AgentsToolkit.WriteEnvironmentFile(_folder.FullName, AgentsToolkit.Provisioned);

        var validation = await AgentsToolkit.RunAsync("validate", "--manifest-file", copy, "--env-file", environmentFile);

        Assert.NotEqual(0, validation.ExitCode);
        Assert.Contains("developer", validation.StandardError);
    }

    [Fact]
    public async Task Atk_package_builds_offline_the_same_package_as_build_sh()
    {
        var environmentFile = AgentsToolkit.WriteEnvironmentFile(_folder.FullName, AgentsToolkit.Provisioned);
        var zip = Path.Combine(_folder.FullName, "atk", "kvu-bot.dev.zip");

        var package = await AgentsToolkit.RunAsync(
            "package", "--manifest-file", "manifest/manifest.json", "--env", "dev", "--env-file", environmentFile,
            "--output-package-file", zip, "--output-folder", Path.GetDirectoryName(zip)!);
        var (build, buildFolder) = await AppPackage.RunBuildAsync(AgentsToolkit.Provisioned.ToDictionary(v => v.Key, v => (string?)v.Value));

        try
        {
            Assert.True(package.ExitCode == 0 && File.Exists(zip), package.Output);
            Assert.True(build.ExitCode == 0, build.Output);
            var atk = Entries(zip);
            var manual = Entries(Path.Combine(buildFolder, "kvu-bot.zip"));
            Assert.Equal(manual.Keys.Order(StringComparer.Ordinal), atk.Keys.Order(StringComparer.Ordinal));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(manual["manifest.json"]), JsonNode.Parse(atk["manifest.json"])),
                $"atk package:\n{System.Text.Encoding.UTF8.GetString(atk["manifest.json"])}\nbuild.sh:\n{System.Text.Encoding.UTF8.GetString(manual["manifest.json"])}");
            foreach (var name in manual.Keys.Where(n => n != "manifest.json"))
            {
                Assert.Equal(manual[name], atk[name]);
            }
            var manifest = JsonNode.Parse(atk["manifest.json"])!;
            Assert.Equal($"api://{AgentsToolkit.Provisioned["KVU_BOT_DOMAIN"]}/botid-{AgentsToolkit.Provisioned["KVU_BOT_ID"]}", (string?)manifest["webApplicationInfo"]!["resource"]);
        }
        finally
        {
            Directory.Delete(buildFolder, recursive: true);
        }
    }

    [Fact]
    public async Task The_project_file_matches_the_toolkits_schema()
    {
        var validation = await ValidateProjectFileAsync();

        Assert.True(validation.ExitCode == 0, validation.Output);
    }

    [Fact]
    public async Task A_misspelt_action_in_the_project_file_is_reported()
    {
        var broken = Path.Combine(_folder.FullName, "m365agents.yml");
        File.WriteAllText(broken, File.ReadAllText(RepositoryRoot.Combine("m365agents.yml")).Replace("uses: aadApp/update", "uses: aadApp/updates"));

        var validation = await NodeTool.RunScriptAsync(RepositoryRoot.Combine("scripts", "validate-m365agents.cjs"), [broken]);

        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("must be equal to constant", validation.StandardOutput);
    }

    [Fact]
    public async Task Every_variable_is_filled_in_by_the_admin_or_written_by_an_earlier_step()
    {
        var project = JsonNode.Parse((await ValidateProjectFileAsync()).StandardOutput)!;
        var sample = SampleVariables();
        var known = new HashSet<string>([.. BuiltInVariables, .. AdminVariables]);
        var written = new List<string>();

        foreach (var stage in new[] { "provision", "deploy", "publish" })
        {
            foreach (var step in project[stage]!.AsArray())
            {
                var uses = (string)step!["uses"]!;
                var generated = uses == "aadApp/update" ? new[] { "AAD_APP_ACCESS_AS_USER_PERMISSION_ID" } : [];
                foreach (var variable in VariablesUsedBy(step).Except(generated))
                {
                    Assert.True(known.Contains(variable), $"{stage} step {uses} uses {variable} before anything sets it");
                }
                var outputs = Written(step, uses).Concat(generated).ToList();
                known.UnionWith(outputs);
                written.AddRange(outputs);
            }
        }

        // The sample lists every variable provisioning writes (secrets excepted: those go to .env.dev.user).
        Assert.Empty(written.Where(v => !v.StartsWith("SECRET_", StringComparison.Ordinal)).Except(sample.Keys));
        Assert.Empty(sample.Keys.Except(written).Except(BuiltInVariables).Except(AdminVariables));
    }

    [Fact]
    public void The_sample_environment_holds_no_secret_and_git_keeps_real_environments_out()
    {
        var sample = SampleVariables();
        var gitignore = File.ReadAllLines(RepositoryRoot.Combine(".gitignore"));

        Assert.DoesNotContain(sample.Keys, k => k.StartsWith("SECRET_", StringComparison.Ordinal));
        Assert.All(sample.Where(v => v.Key != "TEAMSFX_ENV" && v.Key != "AZURE_RESOURCE_GROUP_NAME"), v => Assert.Equal("", v.Value));
        Assert.Contains("env/.env.*", gitignore);
        Assert.Contains("!env/.env.*.sample", gitignore);
        Assert.Contains("*.user", gitignore);
    }

    private static Task<ProcessResult> ValidateProjectFileAsync()
    {
        NodeTool.RequirePackage("yaml");
        return NodeTool.RunScriptAsync(RepositoryRoot.Combine("scripts", "validate-m365agents.cjs"), [RepositoryRoot.Combine("m365agents.yml"), "--json"]);
    }

    /// <summary>${{VAR}} in a step's parameters and in the files it reads (manifest, aad manifest, ARM parameters).</summary>
    private static IEnumerable<string> VariablesUsedBy(JsonNode step)
    {
        var with = step["with"]!;
        var text = with.ToJsonString();
        foreach (var file in new[] { (string?)with["manifestPath"] }
                     .Concat(with["templates"]?.AsArray().Select(t => (string?)t!["parameters"]) ?? [])
                     .OfType<string>())
        {
            text += File.ReadAllText(RepositoryRoot.Combine(file));
        }
        return Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct();
    }

    /// <summary>What a step writes to the environment: writeToEnvironmentFile, and for arm/deploy the template's outputs.</summary>
    private IEnumerable<string> Written(JsonNode step, string uses)
    {
        var declared = step["writeToEnvironmentFile"]?.AsObject().Select(w => (string)w.Value!) ?? [];
        var outputs = uses == "arm/deploy"
            ? compiled.Template["outputs"]!.AsObject().Where(o => (string?)o.Value!["type"] == "string").Select(o => o.Key.ToUpperInvariant())
            : [];
        return declared.Concat(outputs);
    }

    private static Dictionary<string, string> SampleVariables() =>
        File.ReadAllLines(RepositoryRoot.Combine("env", ".env.dev.sample"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);

    private static Dictionary<string, byte[]> Entries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [GeneratedRegex(@"\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
