// Kvu.Bot in Azure: App Service (Linux, .NET 10) running the bot, an Azure Bot with the Teams channel,
// Table storage for the bot's state, Application Insights on a Log Analytics workspace with diagnostic settings
// and alerts, and one user-assigned managed identity that is the bot's identity and the app's way into Storage,
// Application Insights and (by default) Microsoft Graph. No account keys appear anywhere; the only secret is the
// optional SSO app's client secret, passed at deployment. See infra/README.md for the deployment steps.
// Outputs are named like the environment variables they become: the Agents Toolkit's arm/deploy writes each
// output in upper case to env/.env.<environment>, and the manual steps read them with the same names.
targetScope = 'resourceGroup'

@description('Azure region for everything except the Azure Bot, which is global.')
param location string = resourceGroup().location

@description('Short name the resource names start with: lowercase letters, digits and single hyphens, starting with a letter.')
@minLength(3)
@maxLength(16)
param baseName string = 'kvu-bot'

@description('Tables the bot uses; created here so the app never needs the right to create them.')
@minLength(1)
param tableNames string[] = [
  'BotState'
  'Conversations'
  'Projects'
  'ProjectAccess'
  'StatusSchedules'
  'StatusPosts'
  'Approvals'
  'Meetings'
  'Files'
]

@description('App Service plan SKU. Always On needs Basic (B1) or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_LRS'

@description('Azure Bot pricing tier. Teams is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name users see for the Azure Bot resource (the Teams app has its own name in the manifest).')
param botDisplayName string = 'Kvu.Bot'

@description('''True when Microsoft Graph is called with a client secret of an Entra app registration instead of
the managed identity (for tenants that cannot grant application permissions to a managed identity).
Creates a Key Vault for that secret; the secret itself is set by hand, never through this template.''')
param useKeyVaultForGraphSecret bool = false

@description('Client id of the Entra app registration used for Graph when useKeyVaultForGraphSecret is true.')
param graphClientId string = ''

@description('''Client id of the Teams SSO app registration (aad.manifest.json). Empty (default): no sign-in at all,
no OAuth connection, and the Teams app package is built without webApplicationInfo. Set: the Azure Bot gets an OAuth
connection whose token exchange URL is api://<web app host>/botid-<bot id> (the SSO app's Application ID URI, as in the manifest's
webApplicationInfo.resource), and the app posts progress summaries as the projectleider when it has their token.''')
param ssoAppId string = ''

@description('Client secret of the SSO app registration; pass it at deployment time, never in a parameters file.')
@secure()
param ssoClientSecret string = ''

@description('Name of the Azure Bot OAuth connection the app reads the projectleider\'s token from (Graph__DelegatedConnectionName).')
param ssoConnectionName string = 'kvu-graph'

@description('E-mail address that receives the alerts: health check failing, HTTP 5xx, weekly status posts that failed.')
@minLength(3)
param alertEmail string

@description('Tags applied to every resource.')
param tags { *: string } = {
  application: 'Kvu.Bot'
}

// Built-in role definition ids (the same in every tenant).
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
// Despite its name it lets an identity send every kind of telemetry to Application Insights with Entra ID.
var monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

var suffix = take(uniqueString(resourceGroup().id, baseName), 8)
var compactBaseName = toLower(replace(baseName, '-', ''))
var identityName = 'id-${baseName}-${suffix}'
var storageAccountName = take('st${compactBaseName}${suffix}', 24)
var logAnalyticsName = 'log-${baseName}-${suffix}'
var appInsightsName = 'appi-${baseName}-${suffix}'
var planName = 'asp-${baseName}-${suffix}'
var webAppName = 'app-${baseName}-${suffix}'
var botName = 'bot-${baseName}-${suffix}'
var keyVaultName = take('kv-${compactBaseName}-${suffix}', 24)
var graphSecretName = 'GraphClientSecret'
var actionGroupName = 'ag-${baseName}-${suffix}'
var ssoEnabled = !empty(ssoAppId)
// Teams SSO for a bot with a tab (Teams platform docs, "Update app manifest for SSO", "Register Tab with Microsoft Entra
// ID"): the SSO app's Application ID URI names the host the tab is served from and the bot,
// api://<web app host>/botid-<the bot's Microsoft App ID>; getAuthToken in the tab works only for that host, and the
// token service exchanges the bot's sign-in token for the same URI. The same value is the manifest's
// webApplicationInfo.resource and the identifierUris of aad.manifest.json.
var ssoResource = 'api://${webApp.properties.defaultHostName}/botid-${identity.properties.clientId}'
// The instrument StatusPostMetrics counts failed weekly posts on (meter Kvu.Bot.StatusPosts); the Azure Monitor
// exporter writes it to Application Insights' customMetrics under this name.
var failedStatusPostsMetric = 'kvu.status_posts.failed'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
    features: {
      // Only Entra ID: diagnostic settings and Application Insights write without workspace keys.
      disableLocalAuth: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    // No instrumentation-key ingestion: the app's exporter signs in as the managed identity (role below).
    DisableLocalAuth: true
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: appInsights
  name: guid(appInsights.id, identity.id, monitoringMetricsPublisherRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisherRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    // Entra ID only: the app reaches Tables through the managed identity and its role assignment below.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = if (useKeyVaultForGraphSecret) {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useKeyVaultForGraphSecret) {
  scope: keyVault
  name: guid(resourceGroup().id, keyVaultName, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true // Linux
  }
}

// Settings the app reads. Double underscores are the section separator for ASP.NET Core configuration
// (Linux App Service does not allow ':' in setting names). Storage__ConnectionString is left unset on
// purpose: without it the app uses Storage__TableEndpoint with the managed identity.
var baseAppSettings = [
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: identity.properties.tenantId
  }
  {
    name: 'Storage__TableEndpoint'
    value: storage.properties.primaryEndpoints.table
  }
  {
    name: 'Storage__ManagedIdentityClientId'
    value: identity.properties.clientId
  }
  {
    // DefaultAzureCredential picks this user-assigned identity without further code.
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    // Application Insights' documented setting for Entra ID ingestion with a user-assigned identity; the app's
    // Azure Monitor exporter reads it (Hosting/TelemetryExtensions.cs) to sign in as this identity: local auth is off.
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'Authorization=AAD;ClientId=${identity.properties.clientId}'
  }
  {
    name: 'Graph__TenantId'
    value: identity.properties.tenantId
  }
]

var graphAppSettings = useKeyVaultForGraphSecret
  ? [
      {
        name: 'Graph__ClientId'
        value: graphClientId
      }
      {
        // Resolved by App Service through keyVaultReferenceIdentity; the secret never appears in settings.
        name: 'Graph__ClientSecret'
        value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${graphSecretName})'
      }
    ]
  : [
      {
        name: 'Graph__ManagedIdentityClientId'
        value: identity.properties.clientId
      }
    ]

// Only with SSO: post summaries as the projectleider, with their token from the OAuth connection below; the dashboard
// tab's API accepts Teams SSO tokens for the SSO app (Microsoft.Identity.Web reads AzureAd:*), issued by this tenant.
var ssoAppSettings = ssoEnabled
  ? [
      {
        name: 'Graph__Poster'
        value: 'Delegated'
      }
      {
        name: 'Graph__DelegatedConnectionName'
        value: ssoConnectionName
      }
      {
        name: 'AzureAd__ClientId'
        value: ssoAppId
      }
      {
        name: 'AzureAd__TenantId'
        value: tenant().tenantId
      }
    ]
  : []

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true // the weekly status posts are sent from inside the app: it must not be unloaded
      healthCheckPath: '/health'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(baseAppSettings, graphAppSettings, ssoAppSettings)
    }
  }
}

// Deployments authenticate with Entra ID (az webapp deploy), never with basic publishing credentials.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    // The managed identity is the bot's identity: no app registration, no password.
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Teams SSO: Teams hands the bot a token for ssoResource, which the Bot Framework token service exchanges through
// this connection (Azure AD v2, on behalf of the user) for a Graph token with the delegated ChannelMessage.Send.
resource ssoConnection 'Microsoft.BotService/botServices/connections@2022-09-15' = if (ssoEnabled) {
  parent: bot
  name: ssoConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: ssoAppId
    clientSecret: ssoClientSecret
    scopes: 'ChannelMessage.Send'
    parameters: [
      {
        key: 'tenantID'
        value: identity.properties.tenantId
      }
      {
        key: 'tokenExchangeUrl'
        value: ssoResource
      }
    ]
  }
}

// --- Diagnostics: resource logs and platform metrics of everything the bot runs on, into the one workspace ---

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: webApp
  name: 'to-log-analytics'
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        categoryGroup: 'allLogs' // HTTP, console, application, platform and audit logs
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource botDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: bot
  name: 'to-log-analytics'
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        categoryGroup: 'allLogs' // BotRequest: what Teams sent and how the endpoint answered
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: tableService
  name: 'to-log-analytics'
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        category: 'StorageRead'
        enabled: true
      }
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

resource keyVaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (useKeyVaultForGraphSecret) {
  scope: keyVault
  name: 'to-log-analytics'
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        categoryGroup: 'audit' // every read of the Graph secret
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

// --- Alerts, mailed to alertEmail ---

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'Kvu.Bot'
    enabled: true
    emailReceivers: [
      {
        name: 'beheer'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// App Service pings /health (which reads Table storage) every minute; below 100 % an instance is unhealthy.
resource healthCheckAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-${baseName}-health-${suffix}'
  location: 'global'
  tags: tags
  properties: {
    description: 'Kvu.Bot: the /health check of the App Service fails (the app is down or cannot reach Table storage).'
    severity: 1
    enabled: true
    scopes: [
      webApp.id
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'HealthCheckBelow100'
          metricNamespace: 'Microsoft.Web/sites'
          metricName: 'HealthCheckStatus'
          timeAggregation: 'Average'
          operator: 'LessThan'
          threshold: 100
        }
      ]
    }
    autoMitigate: true
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

// Bad input from the wire is answered with a 4xx, so any 5xx is a fault in the bot or its storage.
resource http5xxAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-${baseName}-http5xx-${suffix}'
  location: 'global'
  tags: tags
  properties: {
    description: 'Kvu.Bot: the App Service answered requests with HTTP 5xx.'
    severity: 2
    enabled: true
    scopes: [
      webApp.id
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'Http5xxAboveZero'
          metricNamespace: 'Microsoft.Web/sites'
          metricName: 'Http5xx'
          timeAggregation: 'Total'
          operator: 'GreaterThan'
          threshold: 0
        }
      ]
    }
    autoMitigate: true
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

// A weekly status post that failed is retried at the next run; the counter still shows each failure, so a
// channel that keeps failing (or a Bot Connector outage) is noticed within the hour.
resource failedStatusPostsAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${baseName}-status-posts-${suffix}'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'Kvu.Bot: weekly status posts failed'
    description: 'Kvu.Bot counted failed weekly status posts (${failedStatusPostsMetric} on meter Kvu.Bot.StatusPosts) in the last hour.'
    severity: 2
    enabled: true
    scopes: [
      appInsights.id
    ]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT1H'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "${failedStatusPostsMetric}" | project timestamp, failed = valueSum'
          timeAggregation: 'Total'
          metricMeasureColumn: 'failed'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

// --- Outputs (upper case: the Agents Toolkit writes them to env/.env.<environment> under these names) ---

@description('The bot\'s Microsoft App ID, the managed identity\'s client id: the manifest\'s botId.')
output KVU_BOT_ID string = identity.properties.clientId

@description('Entra tenant of the identity and the bot.')
output KVU_TENANT_ID string = identity.properties.tenantId

@description('Host name of the App Service: the manifest\'s domain.')
output KVU_BOT_DOMAIN string = webApp.properties.defaultHostName

@description('Messaging endpoint registered on the Azure Bot.')
output KVU_MESSAGING_ENDPOINT string = bot.properties.endpoint

@description('Name of the App Service, for az webapp deploy.')
output KVU_WEB_APP_NAME string = webApp.name

@description('Resource id of the App Service, for the toolkit\'s azureAppService/zipDeploy.')
output KVU_WEB_APP_RESOURCE_ID string = webApp.id

@description('Table service endpoint (also set as Storage__TableEndpoint).')
output KVU_TABLE_ENDPOINT string = storage.properties.primaryEndpoints.table

@description('Storage account holding the bot\'s tables.')
output KVU_STORAGE_ACCOUNT_NAME string = storage.name

@description('Tables created.')
output KVU_TABLE_NAMES string[] = [for (tableName, i) in tableNames: tables[i].name]

@description('Object (principal) id of the managed identity: grant-graph-permissions.sh grants Graph application permissions to it.')
output KVU_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId

@description('Resource id of the managed identity.')
output KVU_MANAGED_IDENTITY_RESOURCE_ID string = identity.id

@description('Log Analytics workspace with the resource logs and Application Insights\' data.')
output KVU_LOG_ANALYTICS_NAME string = logAnalytics.name

@description('Key Vault for the Graph client secret (exists only with useKeyVaultForGraphSecret).')
output KVU_KEY_VAULT_NAME string = keyVaultName

@description('Name of the Key Vault secret the app reads as Graph__ClientSecret (only with useKeyVaultForGraphSecret).')
output KVU_GRAPH_SECRET_NAME string = graphSecretName
