using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Infra;

// Teams SSO for a bot and a tab (Teams platform docs, "Configure your app in Microsoft Entra ID" and "Update app
// manifest for SSO"): the SSO app registration's Application ID URI is api://<the tab's host>/botid-<the bot's
// Microsoft App ID>. Teams asks Entra ID for a token for webApplicationInfo.resource only from a page on that host
// (the dashboard tab's getAuthToken), and the Bot Framework token service exchanges the bot's token only if the OAuth
// connection's token exchange URL is that same URI, so three files must agree: main.bicep, the manifest and
// aad.manifest.json. The bot's id is the managed identity's client id (output KVU_BOT_ID); the SSO app is a separate
// registration (KVU_SSO_APP_ID), because a managed identity cannot expose an API.
public sealed class SignInTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string Resource = "api://${{KVU_BOT_DOMAIN}}/botid-${{KVU_BOT_ID}}";
    private const string SsoAppId = "${{KVU_SSO_APP_ID}}";
    private const string AccessAsUser = "${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}";

    private static JsonObject Manifest => ReadJson("manifest", "manifest.json");

    private static JsonObject AppRegistration => ReadJson("aad.manifest.json");

    [Fact]
    public void The_oauth_connection_exchanges_tokens_for_the_hosts_botid_uri()
    {
        var connection = compiled.Resource("ssoConnection")["properties"]!;
        var exchangeUrl = connection["parameters"]!.AsArray().Single(p => (string?)p!["key"] == "tokenExchangeUrl")!["value"];

        Assert.Equal("[format('api://{0}/botid-{1}', reference('webApp').defaultHostName, reference('identity').clientId)]", (string?)exchangeUrl);
        Assert.Equal("[reference('identity').clientId]", (string?)compiled.Template["outputs"]!["KVU_BOT_ID"]!["value"]);
        Assert.Equal("[parameters('ssoAppId')]", (string?)connection["clientId"]);
        Assert.Equal("KVU_SSO_APP_ID", ParameterFilesTests.ToolkitParameters()["ssoAppId"]);
    }

    [Fact]
    public void The_manifest_asks_teams_for_a_token_for_that_uri_from_the_sso_app()
    {
        var info = Manifest["webApplicationInfo"]!;

        Assert.Equal(Resource, (string?)info["resource"]);
        Assert.Equal(SsoAppId, (string?)info["id"]);
        Assert.Contains("token.botframework.com", Manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void The_sso_app_registration_exposes_that_uri_to_the_teams_clients()
    {
        var app = AppRegistration;
        var api = app["api"]!;

        Assert.Equal(SsoAppId, (string?)app["appId"]);
        Assert.Equal([Resource], app["identifierUris"]!.AsArray().Select(u => (string?)u));
        Assert.Equal("AzureADMyOrg", (string?)app["signInAudience"]);
        // The tab's token is a v2.0 token (audience: the SSO app's id), which Microsoft.Identity.Web validates.
        Assert.Equal(2, (int?)api["requestedAccessTokenVersion"]);
        var scope = Assert.Single(api["oauth2PermissionScopes"]!.AsArray())!;
        Assert.Equal("access_as_user", (string?)scope["value"]);
        Assert.Equal(AccessAsUser, (string?)scope["id"]);
        var teamsClients = api["preAuthorizedApplications"]!.AsArray();
        Assert.Equal(
            ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"], // Teams desktop/mobile, Teams web
            teamsClients.Select(c => (string)c!["appId"]!).Order(StringComparer.Ordinal));
        Assert.All(teamsClients, c => Assert.Equal([AccessAsUser], c!["delegatedPermissionIds"]!.AsArray().Select(i => (string?)i)));
        Assert.Equal(["https://token.botframework.com/.auth/web/redirect"], app["web"]!["redirectUris"]!.AsArray().Select(u => (string?)u));
    }

    private static JsonObject ReadJson(params string[] path) =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine(path)))!.AsObject();
}
