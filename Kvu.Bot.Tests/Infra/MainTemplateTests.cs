using System.Text.Json.Nodes;

namespace Kvu.Bot.Tests.Infra;

/// <summary>What infra/main.bicep would deploy, read from the ARM JSON that `bicep build` makes of it.</summary>
public sealed class MainTemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.Output);
        Assert.True(compiled.Build.StandardError.Trim().Length == 0, compiled.Build.Output);
    }

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_over_https_only()
    {
        var webApp = Single("Microsoft.Web/sites");
        var properties = webApp["properties"]!;
        var siteConfig = properties["siteConfig"]!;

        Assert.Equal("app,linux", (string?)webApp["kind"]);
        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)siteConfig["linuxFxVersion"]);
        Assert.Equal("/health", (string?)siteConfig["healthCheckPath"]);
        Assert.True((bool)siteConfig["alwaysOn"]!);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)siteConfig["ftpsState"]);
        Assert.True((bool)Single("Microsoft.Web/serverfarms")["properties"]!["reserved"]!, "the plan must be Linux");
    }

    [Fact]
    public void Web_app_uses_the_user_assigned_identity()
    {
        var identity = Single("Microsoft.Web/sites")["identity"]!;

        Assert.Equal("UserAssigned", (string?)identity["type"]);
        var key = Assert.Single(identity["userAssignedIdentities"]!.AsObject()).Key;
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", key);
    }

    [Fact]
    public void App_settings_make_the_managed_identity_the_bot_and_storage_identity()
    {
        var settings = AppSettings();

        Assert.Contains("createObject('name', 'MicrosoftAppType', 'value', 'UserAssignedMSI')", settings);
        Assert.Contains("createObject('name', 'MicrosoftAppId', 'value', reference('identity').clientId)", settings);
        Assert.Contains("createObject('name', 'MicrosoftAppTenantId', 'value', reference('identity').tenantId)", settings);
        Assert.Contains("createObject('name', 'Storage__TableEndpoint', 'value', reference('storage').primaryEndpoints.table)", settings);
        Assert.Contains("createObject('name', 'Storage__ManagedIdentityClientId', 'value', reference('identity').clientId)", settings);
    }

    [Fact]
    public void No_account_key_or_connection_string_reaches_the_app()
    {
        var settings = AppSettings();

        Assert.DoesNotContain("listKeys", compiled.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", settings, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Storage__ConnectionString", settings);
        Assert.DoesNotContain("MicrosoftAppPassword", settings);
    }

    [Fact]
    public void Storage_accepts_entra_id_only()
    {
        var properties = Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void Identity_is_storage_table_data_contributor_on_the_account()
    {
        var assignment = Assert.Single(
            compiled.ResourcesOfType("Microsoft.Authorization/roleAssignments"),
            r => compiled.ResolveVariables((string?)r["properties"]!["roleDefinitionId"]).Contains(StorageTableDataContributor));

        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment["scope"]);
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')]",
            compiled.ResolveVariables((string?)assignment["properties"]!["roleDefinitionId"]));
        Assert.Equal("[reference('identity').principalId]", (string?)assignment["properties"]!["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Null(assignment["condition"]);
    }

    [Fact]
    public void Bot_tables_are_created_from_the_table_list()
    {
        var tables = Single("Microsoft.Storage/storageAccounts/tableServices/tables");
        var defaults = compiled.Template["parameters"]!["tableNames"]!["defaultValue"]!.AsArray()
            .Select(t => (string)t!).ToArray();

        Assert.Equal("[length(parameters('tableNames'))]", (string?)tables["copy"]!["count"]);
        Assert.Contains("parameters('tableNames')[copyIndex()]", (string?)tables["name"]);
        // Every table the app uses (and only those) is created by infra as well as at start-up.
        Assert.Equal(Kvu.Bot.Storage.KvuTables.All, defaults);
    }

    [Fact]
    public void Azure_bot_uses_the_managed_identity_and_the_app_endpoint()
    {
        var bot = Single("Microsoft.BotService/botServices");
        var properties = bot["properties"]!;

        Assert.Equal("global", (string?)bot["location"]);
        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.Equal("[reference('identity').clientId]", (string?)properties["msaAppId"]);
        Assert.Equal("[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('identityName'))]", (string?)properties["msaAppMSIResourceId"]);
        Assert.Equal("[format('https://{0}/api/messages', reference('webApp').defaultHostName)]", (string?)properties["endpoint"]);
    }

    [Fact]
    public void Teams_channel_is_enabled()
    {
        var channel = Single("Microsoft.BotService/botServices/channels");

        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void Application_insights_writes_to_log_analytics()
    {
        var insights = Single("Microsoft.Insights/components");

        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', variables('logAnalyticsName'))]",
            (string?)insights["properties"]!["WorkspaceResourceId"]);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", AppSettings());
    }

    [Fact]
    public void Key_vault_exists_only_when_graph_uses_a_client_secret()
    {
        var vault = Single("Microsoft.KeyVault/vaults");

        Assert.Equal("[parameters('useKeyVaultForGraphSecret')]", (string?)vault["condition"]);
        Assert.False((bool)compiled.Template["parameters"]!["useKeyVaultForGraphSecret"]!["defaultValue"]!);
        Assert.True((bool)vault["properties"]!["enableRbacAuthorization"]!);
        Assert.Contains("@Microsoft.KeyVault(VaultName={0};SecretName={1})", AppSettings());
    }

    [Fact]
    public void The_OAuth_connection_for_delegated_summaries_exists_only_when_a_name_is_given()
    {
        var connection = Single("Microsoft.BotService/botServices/connections");

        Assert.Equal("[not(empty(parameters('delegatedConnectionName')))]", (string?)connection["condition"]);
        Assert.Equal("", (string?)compiled.Template["parameters"]!["delegatedConnectionName"]!["defaultValue"]);
        Assert.Equal("securestring", (string?)compiled.Template["parameters"]!["delegatedClientSecret"]!["type"]);
        Assert.Equal("ChannelMessage.Send", (string?)connection["properties"]!["scopes"]);
        Assert.Equal("Azure Active Directory v2", (string?)connection["properties"]!["serviceProviderDisplayName"]);
        Assert.Contains("variables('delegatedAppSettings')", AppSettings());
        var settings = (string?)compiled.Template["variables"]!["delegatedAppSettings"];
        Assert.StartsWith("[if(empty(parameters('delegatedConnectionName')), createArray(),", settings);
        Assert.Contains("'Graph__DelegatedConnectionName', 'value', parameters('delegatedConnectionName')", settings);
    }

    [Theory]
    [InlineData("botAppId")]
    [InlineData("tenantId")]
    [InlineData("appHostName")]
    [InlineData("messagingEndpoint")]
    [InlineData("webAppName")]
    [InlineData("tableEndpoint")]
    [InlineData("storageAccountName")]
    [InlineData("managedIdentityPrincipalId")]
    [InlineData("keyVaultName")]
    public void Outputs_what_the_app_settings_manifest_and_scripts_need(string output)
    {
        Assert.NotNull(compiled.Template["outputs"]?[output]);
    }

    private JsonObject Single(string type) => Assert.Single(compiled.ResourcesOfType(type));

    private string AppSettings() =>
        (string?)Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]
        ?? throw new Xunit.Sdk.XunitException("appSettings is not an expression");
}
