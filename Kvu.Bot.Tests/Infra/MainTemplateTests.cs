using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Kvu.Bot.StatusPosts;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Infra;

/// <summary>What infra/main.bicep would deploy, read from the ARM JSON that `bicep build` makes of it.</summary>
public sealed class MainTemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string ActionGroupId = "[resourceId('Microsoft.Insights/actionGroups', variables('actionGroupName'))]";

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
    public void Application_insights_writes_to_log_analytics_and_takes_only_entra_id()
    {
        var insights = Single("Microsoft.Insights/components");
        var workspace = Single("Microsoft.OperationalInsights/workspaces");

        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', variables('logAnalyticsName'))]",
            (string?)insights["properties"]!["WorkspaceResourceId"]);
        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!, "an instrumentation key must not be enough to send telemetry");
        Assert.True((bool)workspace["properties"]!["features"]!["disableLocalAuth"]!);
    }

    [Fact]
    public void The_exporter_signs_in_to_application_insights_as_the_managed_identity()
    {
        var settings = AppSettings();

        Assert.Contains("createObject('name', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'value', reference('appInsights').ConnectionString)", settings);
        Assert.Contains(
            "createObject('name', 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', 'value', format('Authorization=AAD;ClientId={0}', reference('identity').clientId))",
            settings);
    }

    [Fact]
    public void Identity_is_monitoring_metrics_publisher_on_application_insights()
    {
        var assignment = Assert.Single(
            compiled.ResourcesOfType("Microsoft.Authorization/roleAssignments"),
            r => compiled.ResolveVariables((string?)r["properties"]!["roleDefinitionId"]).Contains(MonitoringMetricsPublisher));

        Assert.Equal("[resourceId('Microsoft.Insights/components', variables('appInsightsName'))]", (string?)assignment["scope"]);
        Assert.Equal("[reference('identity').principalId]", (string?)assignment["properties"]!["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
    }

    [Theory]
    [InlineData("webAppDiagnostics", "Microsoft.Web/sites", "webAppName", "categoryGroup", "allLogs")]
    [InlineData("botDiagnostics", "Microsoft.BotService/botServices", "botName", "categoryGroup", "allLogs")]
    [InlineData("tableDiagnostics", "Microsoft.Storage/storageAccounts/tableServices", "storageAccountName", "category", "StorageWrite")]
    [InlineData("keyVaultDiagnostics", "Microsoft.KeyVault/vaults", "keyVaultName", "categoryGroup", "audit")]
    public void Resource_logs_and_metrics_go_to_the_workspace(string symbolicName, string type, string nameVariable, string kind, string logs)
    {
        var setting = compiled.Resource(symbolicName);
        var properties = setting["properties"]!;

        Assert.Equal("Microsoft.Insights/diagnosticSettings", (string?)setting["type"]);
        Assert.StartsWith($"[resourceId('{type}', variables('{nameVariable}')", (string?)setting["scope"]);
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', variables('logAnalyticsName'))]", (string?)properties["workspaceId"]);
        Assert.Contains(properties["logs"]!.AsArray(), l => (string?)l![kind] == logs && (bool)l["enabled"]!);
        Assert.Contains(properties["metrics"]!.AsArray(), m => (bool)m!["enabled"]!);
    }

    [Fact]
    public void Key_vault_diagnostics_exist_only_with_the_vault()
    {
        Assert.Equal("[parameters('useKeyVaultForGraphSecret')]", (string?)compiled.Resource("keyVaultDiagnostics")["condition"]);
    }

    [Fact]
    public void Alerts_mail_the_address_given_at_deployment()
    {
        var group = Single("Microsoft.Insights/actionGroups");
        var alertEmail = compiled.Template["parameters"]!["alertEmail"]!;

        var receiver = Assert.Single(group["properties"]!["emailReceivers"]!.AsArray())!;
        Assert.Equal("[parameters('alertEmail')]", (string?)receiver["emailAddress"]);
        Assert.Null(alertEmail["defaultValue"]); // required: alerts nobody receives are no alerts
        Assert.Equal(3, (int?)alertEmail["minLength"]);
        foreach (var alert in compiled.ResourcesOfType("Microsoft.Insights/metricAlerts"))
        {
            var action = Assert.Single(alert["properties"]!["actions"]!.AsArray())!;
            Assert.Equal(ActionGroupId, (string?)action["actionGroupId"]);
        }
        var logAlert = Assert.Single(compiled.ResourcesOfType("Microsoft.Insights/scheduledQueryRules"));
        Assert.Equal([ActionGroupId], logAlert["properties"]!["actions"]!["actionGroups"]!.AsArray().Select(a => (string?)a));
    }

    [Theory]
    [InlineData("healthCheckAlert", "HealthCheckStatus", "Average", "LessThan", 100)]
    [InlineData("http5xxAlert", "Http5xx", "Total", "GreaterThan", 0)]
    public void App_service_metric_alerts(string symbolicName, string metric, string aggregation, string comparison, int threshold)
    {
        var properties = compiled.Resource(symbolicName)["properties"]!;

        Assert.Equal(["[resourceId('Microsoft.Web/sites', variables('webAppName'))]"], properties["scopes"]!.AsArray().Select(s => (string?)s));
        var criterion = Assert.Single(properties["criteria"]!["allOf"]!.AsArray())!;
        Assert.Equal("Microsoft.Web/sites", (string?)criterion["metricNamespace"]);
        Assert.Equal(metric, (string?)criterion["metricName"]);
        Assert.Equal(aggregation, (string?)criterion["timeAggregation"]);
        Assert.Equal(comparison, (string?)criterion["operator"]);
        Assert.Equal(threshold, (int)criterion["threshold"]!);
        Assert.True((bool)properties["enabled"]!);
    }

    [Fact]
    public void Failed_weekly_posts_alert_on_the_counter_the_app_exports()
    {
        var properties = Single("Microsoft.Insights/scheduledQueryRules")["properties"]!;
        var criterion = Assert.Single(properties["criteria"]!["allOf"]!.AsArray())!;
        var metric = (string?)compiled.Template["variables"]!["failedStatusPostsMetric"];

        // The name is the counter StatusPostMetrics really creates: renaming it there must fail here.
        Assert.Contains(metric, StatusPostInstrumentNames());
        Assert.EndsWith(".failed", metric);
        Assert.Equal(
            "[format('customMetrics | where name == \"{0}\" | project timestamp, failed = valueSum', variables('failedStatusPostsMetric'))]",
            (string?)criterion["query"]);
        Assert.Equal(["[resourceId('Microsoft.Insights/components', variables('appInsightsName'))]"], properties["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("failed", (string?)criterion["metricMeasureColumn"]);
        Assert.Equal("Total", (string?)criterion["timeAggregation"]);
        Assert.Equal("GreaterThan", (string?)criterion["operator"]);
        Assert.Equal(0, (int)criterion["threshold"]!);
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
    public void The_sso_connection_and_the_delegated_poster_exist_only_with_an_sso_app()
    {
        var connection = Single("Microsoft.BotService/botServices/connections");
        var parameters = compiled.Template["parameters"]!;

        Assert.Equal("[variables('ssoEnabled')]", (string?)connection["condition"]);
        Assert.Equal("[not(empty(parameters('ssoAppId')))]", (string?)compiled.Template["variables"]!["ssoEnabled"]);
        Assert.Equal("", (string?)parameters["ssoAppId"]!["defaultValue"]);
        Assert.Equal("securestring", (string?)parameters["ssoClientSecret"]!["type"]);
        Assert.Equal("[parameters('ssoAppId')]", (string?)connection["properties"]!["clientId"]);
        Assert.Equal("Azure Active Directory v2", (string?)connection["properties"]!["serviceProviderDisplayName"]);
        Assert.Contains("variables('ssoAppSettings')", AppSettings());
        var settings = (string?)compiled.Template["variables"]!["ssoAppSettings"];
        Assert.StartsWith("[if(variables('ssoEnabled'), createArray(", settings);
        Assert.Contains("'Graph__DelegatedConnectionName', 'value', parameters('ssoConnectionName')", settings);
        Assert.Contains("'AzureAd__ClientId', 'value', parameters('ssoAppId')", settings);
        Assert.Contains("'AzureAd__TenantId', 'value', tenant().tenantId", settings);
    }

    [Theory]
    [InlineData("KVU_BOT_ID", "[reference('identity').clientId]")]
    [InlineData("KVU_TENANT_ID", "[reference('identity').tenantId]")]
    [InlineData("KVU_BOT_DOMAIN", "[reference('webApp').defaultHostName]")]
    [InlineData("KVU_MESSAGING_ENDPOINT", null)]
    [InlineData("KVU_WEB_APP_NAME", null)]
    [InlineData("KVU_WEB_APP_RESOURCE_ID", "[resourceId('Microsoft.Web/sites', variables('webAppName'))]")]
    [InlineData("KVU_TABLE_ENDPOINT", null)]
    [InlineData("KVU_STORAGE_ACCOUNT_NAME", null)]
    [InlineData("KVU_MANAGED_IDENTITY_PRINCIPAL_ID", "[reference('identity').principalId]")]
    [InlineData("KVU_LOG_ANALYTICS_NAME", null)]
    [InlineData("KVU_KEY_VAULT_NAME", null)]
    [InlineData("KVU_GRAPH_SECRET_NAME", null)]
    public void Outputs_are_the_variables_the_manifest_toolkit_and_scripts_read(string output, string? value)
    {
        var node = compiled.Template["outputs"]?[output];

        Assert.NotNull(node);
        if (value is not null)
        {
            Assert.Equal(value, (string?)node["value"]);
        }
    }

    [Fact]
    public void Every_output_is_an_upper_case_environment_variable_name()
    {
        // The Agents Toolkit writes outputs to env/.env.<env> upper-cased; a camelCase name would arrive mangled
        // (botAppId as BOTAPPID) and the manual steps would read another name than the toolkit.
        Assert.All(compiled.Template["outputs"]!.AsObject(), o => Assert.Matches("^KVU_[A-Z0-9_]+$", o.Key));
    }

    /// <summary>The instruments StatusPostMetrics creates on its meter, seen through a MeterListener as an exporter sees them.</summary>
    private static List<string> StatusPostInstrumentNames()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var names = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == StatusPostMetrics.MeterName)
                {
                    names.Add(instrument.Name);
                }
            },
        };
        listener.Start();
        _ = new StatusPostMetrics(services.GetRequiredService<IMeterFactory>());
        return names;
    }

    private JsonObject Single(string type) => Assert.Single(compiled.ResourcesOfType(type));

    private string AppSettings() =>
        (string?)Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]
        ?? throw new Xunit.Sdk.XunitException("appSettings is not an expression");
}
