using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Manifest;

/// <summary>manifest/manifest.json and en-US.json as written, and the validator's verdicts on broken manifests.</summary>
public sealed class ManifestTests(AppPackage package) : IClassFixture<AppPackage>
{
    private static readonly string[] Commands = ["start", "status", "taken", "succesfactoren", "wijzig", "uitnodigen", "vergadering", "samenvatting", "weekstatus", "help"];

    private static JsonObject Source => ReadJson("manifest.json");

    private static JsonObject English => ReadJson("en-US.json");

    [Fact]
    public void Uses_the_newest_schema_the_official_validator_bundles()
    {
        var bundled = Directory.GetDirectories(RepositoryRoot.Combine("node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams"), "v1.*")
            .Select(d => Version.Parse(Path.GetFileName(d)[1..]))
            .Max()!;

        Assert.Equal(bundled.ToString(), (string?)Source["manifestVersion"]);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{bundled}/MicrosoftTeams.schema.json", (string?)Source["$schema"]);
    }

    [Fact]
    public void Speaks_dutch_by_default_and_english_from_the_localization_file()
    {
        var localization = Source["localizationInfo"]!;

        Assert.Equal("nl-NL", (string?)localization["defaultLanguageTag"]);
        var english = Assert.Single(localization["additionalLanguages"]!.AsArray());
        Assert.Equal("en-US", (string?)english!["languageTag"]);
        Assert.Equal("en-US.json", (string?)english["file"]);
        Assert.Contains("werkgroep", (string?)Source["description"]!["full"]);
        Assert.Contains("working group", (string?)English["description.full"]);
    }

    [Fact]
    public void Bot_works_in_personal_chat_teams_and_group_chats()
    {
        var bot = Assert.Single(Source["bots"]!.AsArray())!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        var listed = bot["commandLists"]!.AsArray().SelectMany(l => l!["scopes"]!.AsArray()).Select(s => (string)s!);
        Assert.Equal(["groupChat", "personal", "team"], listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Personal_chat_lists_every_command_with_a_dutch_and_an_english_description()
    {
        var lists = Source["bots"]![0]!["commandLists"]!.AsArray();
        var personal = lists.Single(l => l!["scopes"]!.AsArray().Any(s => (string?)s == "personal"))!;

        Assert.Equal(Commands, personal["commands"]!.AsArray().Select(c => (string)c!["title"]!));
        for (var list = 0; list < lists.Count; list++)
        {
            var commands = lists[list]!["commands"]!.AsArray();
            for (var command = 0; command < commands.Count; command++)
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)commands[command]!["description"]));
                var key = $"bots[0].commandLists[{list}].commands[{command}].description";
                Assert.False(string.IsNullOrWhiteSpace((string?)English[key]), $"en-US.json lacks {key}");
            }
        }
    }

    [Fact]
    public void Ids_and_domain_are_placeholders_filled_at_build_time()
    {
        Assert.Equal("${{KVU_APP_ID}}", (string?)Source["id"]);
        Assert.Equal("${{KVU_BOT_ID}}", (string?)Source["bots"]![0]!["botId"]);
        Assert.Equal("${{KVU_SSO_APP_ID}}", (string?)Source["webApplicationInfo"]!["id"]);
        Assert.Equal("api://${{KVU_BOT_DOMAIN}}/botid-${{KVU_BOT_ID}}", (string?)Source["webApplicationInfo"]!["resource"]);
        Assert.Contains("${{KVU_BOT_DOMAIN}}", Source["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void The_dashboard_is_a_personal_tab_and_a_configurable_team_tab_on_the_bots_own_host()
    {
        // The built package: the official schema accepted it (the build refuses one it does not).
        Assert.Equal(0, package.Build.ExitCode);
        var manifest = package.Manifest;
        var host = AppPackage.Values["KVU_BOT_DOMAIN"];

        var personal = Assert.Single(manifest["staticTabs"]!.AsArray())!;
        Assert.Equal(["personal"], personal["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal($"https://{host}/dashboard/", (string?)personal["contentUrl"]);
        var team = Assert.Single(manifest["configurableTabs"]!.AsArray())!;
        Assert.Equal(["team"], team["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal($"https://{host}/dashboard/?configure", (string?)team["configurationUrl"]);
        Assert.Contains(host, manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.False(string.IsNullOrWhiteSpace((string?)English["staticTabs[0].name"]));
    }

    [Fact]
    public async Task A_missing_required_field_is_reported()
    {
        var manifest = package.Manifest;
        manifest.Remove("developer");

        var validation = await ValidateCopyAsync(manifest);

        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("must have required property 'developer'", validation.StandardOutput);
    }

    [Fact]
    public async Task A_malformed_bot_id_is_reported()
    {
        var manifest = package.Manifest;
        manifest["bots"]![0]!["botId"] = "${{KVU_BOT_ID}}";

        var validation = await ValidateCopyAsync(manifest);

        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("/bots/0/botId must match pattern", validation.StandardOutput);
    }

    [Fact]
    public async Task A_broken_localization_file_is_reported()
    {
        var english = ReadJson("en-US.json");
        english.Remove("name.short");

        var validation = await ValidateCopyAsync(package.Manifest, english);

        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("en-US.json:  must have required property 'name.short'", validation.StandardOutput);
    }

    private static JsonObject ReadJson(string file) =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifest", file)))!.AsObject();

    private static async Task<ProcessResult> ValidateCopyAsync(JsonObject manifest, JsonObject? english = null)
    {
        var folder = Directory.CreateTempSubdirectory("kvu-manifest-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "manifest.json"), manifest.ToJsonString());
            File.WriteAllText(Path.Combine(folder.FullName, "en-US.json"), (english ?? ReadJson("en-US.json")).ToJsonString());
            return await ManifestValidator.ValidateAsync(Path.Combine(folder.FullName, "manifest.json"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
