// Kvu.Bot in Azure: App Service (Linux, .NET 10) running the bot, an Azure Bot with the Teams channel,
// Table storage for the bot's state, Application Insights, and one user-assigned managed identity that is
// both the bot's identity and the app's way into Storage (and, by default, into Microsoft Graph).
// No account keys or client secrets appear anywhere; see infra/README.md for the deployment steps.
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

@description('''Name of an Azure Bot OAuth connection through which the projectleider's delegated Graph token
(ChannelMessage.Send) is obtained, so the progress summary is posted as them (Graph__Poster=Delegated).
Empty (default): no connection; the bot posts summaries itself.''')
param delegatedConnectionName string = ''

@description('Client id of the Entra app registration (Teams SSO app) behind that OAuth connection.')
param delegatedClientId string = ''

@description('Client secret of that app registration; pass it at deployment time, never in a parameters file.')
@secure()
param delegatedClientSecret string = ''

@description('Tags applied to every resource.')
param tags { *: string } = {
  application: 'Kvu.Bot'
}

// Built-in role definition ids (the same in every tenant).
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

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

// Only with an OAuth connection: post summaries as the projectleider, through the Bot Framework token service.
var delegatedAppSettings = empty(delegatedConnectionName)
  ? []
  : [
      {
        name: 'Graph__Poster'
        value: 'Delegated'
      }
      {
        name: 'Graph__DelegatedConnectionName'
        value: delegatedConnectionName
      }
    ]

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
      appSettings: concat(baseAppSettings, graphAppSettings, delegatedAppSettings)
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

// The OAuth connection for delegated summary posts (Azure AD v2 provider; token exchange for Teams SSO).
resource delegatedConnection 'Microsoft.BotService/botServices/connections@2022-09-15' = if (!empty(delegatedConnectionName)) {
  parent: bot
  name: empty(delegatedConnectionName) ? 'none' : delegatedConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: delegatedClientId
    clientSecret: delegatedClientSecret
    scopes: 'ChannelMessage.Send'
    parameters: [
      {
        key: 'tenantID'
        value: identity.properties.tenantId
      }
      {
        key: 'tokenExchangeUrl'
        value: 'api://${webApp.properties.defaultHostName}/botid-${identity.properties.clientId}'
      }
    ]
  }
}

@description('The bot\'s Microsoft App ID (the managed identity\'s client id): KVU_BOT_ID for the manifest.')
output botAppId string = identity.properties.clientId

@description('Entra tenant of the identity and the bot.')
output tenantId string = identity.properties.tenantId

@description('Host name of the App Service: KVU_BOT_DOMAIN for the manifest.')
output appHostName string = webApp.properties.defaultHostName

@description('Messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('Name of the App Service, for az webapp deploy.')
output webAppName string = webApp.name

@description('Table service endpoint (also set as Storage__TableEndpoint).')
output tableEndpoint string = storage.properties.primaryEndpoints.table

@description('Storage account holding the bot\'s tables.')
output storageAccountName string = storage.name

@description('Tables created.')
output tableNames string[] = [for (tableName, i) in tableNames: tables[i].name]

@description('Object (principal) id of the managed identity: grant Graph application permissions to it.')
output managedIdentityPrincipalId string = identity.properties.principalId

@description('Resource id of the managed identity.')
output managedIdentityResourceId string = identity.id

@description('Key Vault for the Graph client secret, empty when the managed identity is used for Graph.')
output keyVaultName string = useKeyVaultForGraphSecret ? keyVaultName : ''

@description('Name of the Key Vault secret the app reads as Graph__ClientSecret, empty when unused.')
output graphSecretName string = useKeyVaultForGraphSecret ? graphSecretName : ''
