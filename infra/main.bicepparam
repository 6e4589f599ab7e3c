// Parameters for one Kvu.Bot environment. Copy this file per environment (e.g. main.test.bicepparam)
// and deploy with: az deployment group create -g <resource group> -f main.bicep -p main.bicepparam
using 'main.bicep'

param baseName = 'kvu-bot'

// Tables the bot's stores use; add new ones here when a feature adds a store.
param tableNames = [
  'BotState'
  'Conversations'
  'Projects'
  'ProjectAccess'
  'StatusSchedules'
  'StatusPosts'
  'Approvals'
  'Meetings'
]

param appServicePlanSku = 'B1'
param storageSku = 'Standard_LRS'
param botSku = 'F0'
param botDisplayName = 'Kvu.Bot'

// Default: Graph through the managed identity (see grant-graph-permissions.sh), no secret, no Key Vault.
param useKeyVaultForGraphSecret = false
param graphClientId = ''

// Optional: post progress summaries as the projectleider (delegated ChannelMessage.Send) through an Azure Bot
// OAuth connection of the Teams SSO app. Empty: the bot posts them. The secret is passed at deployment:
// az deployment group create ... -p delegatedClientSecret='<secret>'
param delegatedConnectionName = ''
param delegatedClientId = ''

param tags = {
  application: 'Kvu.Bot'
}
