#!/usr/bin/env bash
# Grants Microsoft Graph *application* permissions to Kvu.Bot's user-assigned managed identity.
#
# Why a script: a managed identity has no app registration, so the portal's "API permissions" page cannot
# grant it anything; the grant is an appRoleAssignment on Microsoft Graph's service principal. The Microsoft
# Graph Bicep extension could declare it, but it is fetched from a registry this project's builds cannot
# reach, so the grant stays a reviewed, repeatable az CLI step.
#
# Usage:
#   infra/grant-graph-permissions.sh --principal-id <managedIdentityPrincipalId> [--dry-run]
#   infra/grant-graph-permissions.sh --resource-group <rg> [--deployment <name>] [--dry-run]
#     (reads the managedIdentityPrincipalId output of that deployment; the default name is "main")
#
# Who may run it: someone signed in with `az login` to the bot's tenant as Privileged Role Administrator
# (or Global Administrator): assigning Graph application roles is admin consent for the whole tenant.
# Safe to run twice: permissions already granted are skipped.
set -euo pipefail

# Microsoft Graph's appId is the same in every tenant.
readonly graph_app_id='00000003-0000-0000-c000-000000000000'

# The application permissions, each with the reason Kvu.Bot needs it.
#  - Calendars.ReadWrite: create the werkgroep's meetings as Teams meetings in the projectleider's calendar
#    (POST /users/{organizer}/events with isOnlineMeeting). Limit it to the projectleiders' mailboxes with
#    an Exchange Online application access policy (see infra/README.md), or it reaches every mailbox.
#  - Calendars.ReadBasic: read free/busy of werkgroep members (POST /users/{id}/calendar/getSchedule) to
#    propose meeting times without reading subjects or bodies; findMeetingTimes is delegated only.
#  - User.Read.All: resolve werkgroep members picked in Teams to their Entra user (id, mail, job title,
#    department) so invitations reach them and the bot can show which organisation each one represents.
readonly permissions=(
  'Calendars.ReadWrite'
  'Calendars.ReadBasic'
  'User.Read.All'
)

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
}

fail() {
  echo "grant-graph-permissions: $*" >&2
  exit 1
}

principal_id=''
resource_group=''
deployment='main'
dry_run=false

while [[ $# -gt 0 ]]; do
  case "$1" in
    --principal-id|--resource-group|--deployment)
      [[ $# -ge 2 && -n "$2" ]] || fail "$1 needs a value"
      case "$1" in
        --principal-id) principal_id="$2" ;;
        --resource-group) resource_group="$2" ;;
        --deployment) deployment="$2" ;;
      esac
      shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; fail "unknown argument: $1" ;;
  esac
done

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed"
az account show --output none 2>/dev/null || fail "not signed in: run 'az login --tenant <tenant id>' first"

if [[ -z "$principal_id" ]]; then
  [[ -n "$resource_group" ]] || { usage >&2; fail "give --principal-id or --resource-group"; }
  principal_id="$(az deployment group show --resource-group "$resource_group" --name "$deployment" \
    --query 'properties.outputs.managedIdentityPrincipalId.value' --output tsv)"
  [[ -n "$principal_id" ]] || fail "deployment '$deployment' in '$resource_group' has no managedIdentityPrincipalId output"
fi

guid_pattern='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ "$principal_id" =~ $guid_pattern ]] || fail "principal id '$principal_id' is not a GUID"

graph_sp_id="$(az ad sp show --id "$graph_app_id" --query id --output tsv)"
[[ -n "$graph_sp_id" ]] || fail "Microsoft Graph's service principal was not found in this tenant"

assignments_uri="https://graph.microsoft.com/v1.0/servicePrincipals/${principal_id}/appRoleAssignments"
existing_role_ids="$(az rest --method GET --uri "$assignments_uri" \
  --query "value[?resourceId=='${graph_sp_id}'].appRoleId" --output tsv)"

for permission in "${permissions[@]}"; do
  role_id="$(az ad sp show --id "$graph_app_id" \
    --query "appRoles[?value=='${permission}' && contains(allowedMemberTypes, 'Application')].id | [0]" \
    --output tsv)"
  [[ -n "$role_id" ]] || fail "Microsoft Graph has no application permission named ${permission}"

  if grep -qx "$role_id" <<<"$existing_role_ids"; then
    echo "already granted: ${permission}"
    continue
  fi
  if [[ "$dry_run" == true ]]; then
    echo "would grant: ${permission} (app role ${role_id})"
    continue
  fi
  body="{\"principalId\":\"${principal_id}\",\"resourceId\":\"${graph_sp_id}\",\"appRoleId\":\"${role_id}\"}"
  az rest --method POST --uri "$assignments_uri" \
    --headers 'Content-Type=application/json' --body "$body" --output none
  echo "granted: ${permission}"
done
