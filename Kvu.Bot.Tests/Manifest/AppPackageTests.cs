using System.IO.Compression;
using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Manifest;

/// <summary>manifest/build.sh: the one command that makes the package uploaded to Teams.</summary>
public sealed class AppPackageTests(AppPackage package) : IClassFixture<AppPackage>
{
    [Fact]
    public void Package_is_a_flat_zip_of_the_manifest_icons_and_english_strings()
    {
        Assert.True(package.Build.ExitCode == 0, package.Build.Output);
        Assert.Equal(
            ["color.png", "en-US.json", "manifest.json", "outline.png"],
            package.EntryNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_domain_and_version_come_from_the_environment()
    {
        var manifest = package.Manifest;
        var values = AppPackage.Values;

        Assert.Equal(values["KVU_APP_ID"], (string?)manifest["id"]);
        Assert.Equal(values["KVU_BOT_ID"], (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(values["KVU_SSO_APP_ID"], (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://{values["KVU_BOT_DOMAIN"]}/botid-{values["KVU_BOT_ID"]}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Contains(values["KVU_BOT_DOMAIN"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal($"https://{values["KVU_BOT_DOMAIN"]}/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.DoesNotContain("${{", manifest.ToJsonString());
    }

    [Fact]
    public async Task Packaged_manifest_is_valid_against_the_official_schema()
    {
        var validation = await ManifestValidator.ValidateAsync(Path.Combine(package.ExtractedFolder, "manifest.json"));

        Assert.True(validation.ExitCode == 0, validation.Output);
        Assert.Contains("1 manifest(s) valid", validation.StandardOutput);
    }

    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    [InlineData("en-US.json")]
    public void Packaged_files_are_the_committed_ones(string file)
    {
        Assert.Equal(
            File.ReadAllBytes(RepositoryRoot.Combine("manifest", file)),
            File.ReadAllBytes(Path.Combine(package.ExtractedFolder, file)));
    }

    [Fact]
    public async Task Without_an_sso_app_the_package_has_no_sign_in_at_all()
    {
        var values = new Dictionary<string, string?>(AppPackage.Values);
        values.Remove("KVU_SSO_APP_ID");

        var (result, output) = await AppPackage.RunBuildAsync(values);
        try
        {
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("without SSO", result.StandardOutput);
            using var zip = ZipFile.OpenRead(Path.Combine(output, "kvu-bot.zip"));
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var manifest = JsonNode.Parse(reader.ReadToEnd())!;
            Assert.Null(manifest["webApplicationInfo"]);
            Assert.Equal([values["KVU_BOT_DOMAIN"]], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
            Assert.Equal(values["KVU_BOT_ID"], (string?)manifest["bots"]![0]!["botId"]);
            var validation = await ManifestValidator.ValidateAsync(await ExtractManifestAsync(zip, output));
            Assert.True(validation.ExitCode == 0, validation.Output);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Missing_values_are_named_and_no_package_is_written()
    {
        var values = new Dictionary<string, string?>(AppPackage.Values);
        values.Remove("KVU_BOT_ID");
        values.Remove("KVU_BOT_DOMAIN");

        var (result, output) = await AppPackage.RunBuildAsync(values);
        try
        {
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("KVU_BOT_ID is not set", result.StandardError);
            Assert.Contains("KVU_BOT_DOMAIN is not set", result.StandardError);
            Assert.False(File.Exists(Path.Combine(output, "kvu-bot.zip")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData("KVU_APP_ID", "not-a-guid", "must be a GUID")]
    [InlineData("KVU_SSO_APP_ID", "{6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b}", "must be a GUID")]
    [InlineData("KVU_BOT_DOMAIN", "https://app-kvu-bot.azurewebsites.net/", "must be a host name")]
    [InlineData("KVU_APP_VERSION", "1.0", "must be a version like 1.2.3")]
    public async Task Malformed_values_are_refused(string name, string value, string message)
    {
        var values = new Dictionary<string, string?>(AppPackage.Values) { [name] = value };

        var (result, output) = await AppPackage.RunBuildAsync(values);
        try
        {
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains($"{name} is \"{value}\": it {message}", result.StandardError);
            Assert.False(File.Exists(Path.Combine(output, "kvu-bot.zip")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task<string> ExtractManifestAsync(ZipArchive zip, string folder)
    {
        var extracted = Directory.CreateDirectory(Path.Combine(folder, "extracted")).FullName;
        foreach (var entry in zip.Entries)
        {
            await using var source = entry.Open();
            await using var target = File.Create(Path.Combine(extracted, entry.FullName));
            await source.CopyToAsync(target);
        }
        return Path.Combine(extracted, "manifest.json");
    }
}
