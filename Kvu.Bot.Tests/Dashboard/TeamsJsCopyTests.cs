using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Dashboard;

/// <summary>
/// The tab page serves the Teams JavaScript SDK from wwwroot (the App Service has no node_modules); the copy must be
/// the very file of the version package.json pins, so updating the pin without copying it again fails here.
/// </summary>
public sealed class TeamsJsCopyTests
{
    [Fact]
    public void The_served_teams_sdk_is_the_pinned_npm_package_file()
    {
        var pinned = (string?)JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("package.json")))!["devDependencies"]!["@microsoft/teams-js"];
        var installed = (string?)JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("node_modules", "@microsoft", "teams-js", "package.json")))!["version"];

        Assert.Equal("2.58.0", pinned);
        Assert.Equal(pinned, installed);
        Assert.Equal(
            File.ReadAllBytes(RepositoryRoot.Combine("node_modules", "@microsoft", "teams-js", "dist", "umd", "MicrosoftTeams.min.js")),
            File.ReadAllBytes(RepositoryRoot.Combine("Kvu.Bot", "wwwroot", "dashboard", "lib", "MicrosoftTeams.min.js")));
    }
}
