// Parameters for one Kvu.Bot environment, for the manual path (infra/README.md). Copy this file per environment
// (e.g. main.test.bicepparam) and deploy with: az deployment group create -g <group> -n main -f main.bicep -p main.bicepparam
// The Agents Toolkit path uses main.parameters.json instead; the values that differ per environment are read from
// the same environment variables in both (KVU_ALERT_EMAIL, KVU_SSO_APP_ID, SECRET_KVU_SSO_CLIENT_SECRET).
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
  'Files'
]

param appServicePlanSku = 'B1'
param storageSku = 'Standard_LRS'
param botSku = 'F0'
param botDisplayName = 'Kvu.Bot'

// Default: Graph through the managed identity (see grant-graph-permissions.sh), no secret, no Key Vault.
param useKeyVaultForGraphSecret = false
param graphClientId = ''

// Who receives the alerts. Required: without KVU_ALERT_EMAIL the parameters do not build and nothing is deployed.
param alertEmail = readEnvironmentVariable('KVU_ALERT_EMAIL')

// Optional Teams SSO (infra/README.md, "Sign-in"): empty means no sign-in, no OAuth connection, and the app package
// is built without webApplicationInfo. The secret comes from the environment, never from this file.
param ssoAppId = readEnvironmentVariable('KVU_SSO_APP_ID', '')
param ssoClientSecret = readEnvironmentVariable('SECRET_KVU_SSO_CLIENT_SECRET', '')

param tags = {
  application: 'Kvu.Bot'
}
