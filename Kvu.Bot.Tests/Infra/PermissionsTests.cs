using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Infra;

// infra/README.md, "Permissions", lists every permission Kvu.Bot holds with the code path that needs it. These tests
// hold each file that asks for permissions (the Teams manifest, the Graph grant script, aad.manifest.json and the
// OAuth connection in main.bicep, the role assignments in main.bicep) to exactly that list: nothing is asked for
// without a justification, and nothing stays asked for after its code path is gone.
public sealed partial class PermissionsTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    // Built-in Azure role ids are the same in every tenant.
    private static readonly Dictionary<string, string> AzureRoles = new()
    {
        ["Storage Table Data Contributor"] = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
        ["Monitoring Metrics Publisher"] = "3913510d-42f4-4e42-8a64-420c390055eb",
        ["Key Vault Secrets User"] = "4633458b-17de-408a-b874-0445c86b69e6",
    };

    [Fact]
    public void The_manifest_asks_teams_for_exactly_the_justified_resource_specific_permissions()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifest", "manifest.json")))!;
        var asked = manifest["authorization"]?["permissions"]?["resourceSpecific"]?.AsArray().Select(p => (string)p!["name"]!) ?? [];

        Assert.Equal(Justified("Teams RSC"), asked.Order(StringComparer.Ordinal));
        // With it Teams would deliver every channel message to the bot, not only those that @mention it.
        Assert.DoesNotContain("ChannelMessage.Read.Group", asked);
    }

    [Fact]
    public void The_grant_script_grants_exactly_the_justified_graph_application_permissions()
    {
        var script = File.ReadAllText(RepositoryRoot.Combine("infra", "grant-graph-permissions.sh"));
        var granted = ScriptPermissions().Match(script) is { Success: true } list
            ? QuotedWord().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value)
            : throw new Xunit.Sdk.XunitException("grant-graph-permissions.sh has no `readonly permissions=(...)` array");

        Assert.Equal(Justified("Graph application"), granted.Order(StringComparer.Ordinal));
        // ... and they are the permissions the Graph calls name when Graph refuses them (GraphCalendar).
        Assert.Equal(
            Justified("Graph application"),
            new[] { GraphCalendar.ReadSchedulePermission, GraphCalendar.WriteEventsPermission }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sso_app_and_its_oauth_connection_ask_exactly_the_justified_delegated_permissions()
    {
        var app = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("aad.manifest.json")))!;
        var requested = app["requiredResourceAccess"]!.AsArray()
            .SelectMany(r => r!["resourceAccess"]!.AsArray().Select(a => (Resource: (string)r["resourceAppId"]!, Id: (string)a!["id"]!, Type: (string)a["type"]!)))
            .ToList();
        var connectionScopes = ((string)compiled.Resource("ssoConnection")["properties"]!["scopes"]!).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.All(requested, r => Assert.Equal(("Microsoft Graph", "Scope"), (r.Resource, r.Type)));
        Assert.Equal(Justified("Graph delegated"), requested.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Justified("Graph delegated"), connectionScopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_managed_identity_gets_exactly_the_justified_azure_roles()
    {
        var assigned = compiled.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Select(r => compiled.ResolveVariables((string?)r["properties"]!["roleDefinitionId"]))
            .Select(id => AzureRoles.SingleOrDefault(role => id.Contains(role.Value, StringComparison.Ordinal)).Key ?? id);

        Assert.Equal(Justified("Azure role"), assigned.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_justified_permission_names_a_code_path_and_a_reason()
    {
        var rows = ReadmeRows();

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Contains(row.Kind, new[] { "Graph application", "Graph delegated", "Teams RSC", "Azure role" });
            Assert.False(string.IsNullOrWhiteSpace(row.CodePath), $"{row.Permission} names no code path");
            Assert.False(string.IsNullOrWhiteSpace(row.Why), $"{row.Permission} gives no reason");
        });
    }

    private static IEnumerable<string> Justified(string kind) =>
        ReadmeRows().Where(r => r.Kind == kind).Select(r => r.Permission).Order(StringComparer.Ordinal);

    /// <summary>The rows of the table under "## Permissions": | `name` | kind | held by | code path | why |.</summary>
    private static List<(string Permission, string Kind, string CodePath, string Why)> ReadmeRows()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("infra", "README.md"));
        var start = readme.IndexOf("\n## Permissions", StringComparison.Ordinal);
        Assert.True(start >= 0, "infra/README.md has no \"## Permissions\" section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return [.. TableRow().Matches(section).Select(m => (
            m.Groups["name"].Value,
            m.Groups["kind"].Value.Trim(),
            m.Groups["code"].Value.Trim(),
            m.Groups["why"].Value.Trim()))];
    }

    [GeneratedRegex(@"^\|\s*`(?<name>[^`]+)`\s*\|(?<kind>[^|]+)\|[^|]*\|(?<code>[^|]+)\|(?<why>[^|]+)\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"readonly permissions=\(([^)]*)\)")]
    private static partial Regex ScriptPermissions();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedWord();
}
