#!/usr/bin/env bash
# Grants Microsoft Graph *application* permissions to Kvu.Bot's user-assigned managed identity.
#
# Why a script: a managed identity has no app registration, so the portal's "API permissions" page cannot
# grant it anything; the grant is an appRoleAssignment on Microsoft Graph's service principal. The Microsoft
# Graph Bicep extension could declare it, but it is fetched from a registry this project's builds cannot
# reach, so the grant stays a reviewed, repeatable az CLI step.
#
# Usage:
#   infra/grant-graph-permissions.sh --principal-id <KVU_MANAGED_IDENTITY_PRINCIPAL_ID> [--dry-run] [--prune]
#   infra/grant-graph-permissions.sh --resource-group <rg> [--deployment <name>] [--dry-run] [--prune]
#     (reads the KVU_MANAGED_IDENTITY_PRINCIPAL_ID output of that deployment; the default name is "main", which both
#     the manual path and `atk provision` use)
#   --prune removes Graph application permissions the identity holds but Kvu.Bot no longer needs (an earlier
#   version granted User.Read.All); without it they are only listed.
#
# Who may run it: someone signed in with `az login` to the bot's tenant as Privileged Role Administrator
# (or Global Administrator): assigning Graph application roles is admin consent for the whole tenant.
# Safe to run twice: permissions already granted are skipped.
set -euo pipefail

# Microsoft Graph's appId is the same in every tenant.
readonly graph_app_id='00000003-0000-0000-c000-000000000000'

# The application permissions, each with the code path that needs it (infra/README.md, "Permissions", is the
# justified list; a test holds this array to it). Nothing else: members are resolved from the Teams roster through
# the Bot Connector (name, e-mail/UPN, Entra object id), not through Graph, so no User.Read.All.
#  - Calendars.ReadBasic: free/busy of werkgroep members, POST /users/{organizer}/calendar/getSchedule
#    (GraphCalendar.GetAvailabilityAsync), without subjects or bodies; findMeetingTimes is delegated only.
#    It is getSchedule's least-privileged permission and the one the bot names when Graph refuses the call;
#    Calendars.ReadWrite below covers it too, so it adds no access.
#  - Calendars.ReadWrite: the werkgroep's meetings as Teams meetings in the projectleider's calendar:
#    POST /users/{organizer}/events, PATCH .../events/{id}, POST .../events/{id}/cancel (GraphCalendar). Limit it to
#    the projectleiders' mailboxes with an Exchange Online application access policy (infra/README.md), or it
#    reaches every mailbox.
readonly permissions=(
  'Calendars.ReadBasic'
  'Calendars.ReadWrite'
)

usage() {
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
}

fail() {
  echo "grant-graph-permissions: $*" >&2
  exit 1
}

principal_id=''
resource_group=''
deployment='main'
dry_run=false
prune=false

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
    --prune) prune=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; fail "unknown argument: $1" ;;
  esac
done

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed"
az account show --output none 2>/dev/null || fail "not signed in: run 'az login --tenant <tenant id>' first"

if [[ -z "$principal_id" ]]; then
  [[ -n "$resource_group" ]] || { usage >&2; fail "give --principal-id or --resource-group"; }
  principal_id="$(az deployment group show --resource-group "$resource_group" --name "$deployment" \
    --query 'properties.outputs.KVU_MANAGED_IDENTITY_PRINCIPAL_ID.value' --output tsv)"
  [[ -n "$principal_id" ]] || fail "deployment '$deployment' in '$resource_group' has no KVU_MANAGED_IDENTITY_PRINCIPAL_ID output"
fi

guid_pattern='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ "$principal_id" =~ $guid_pattern ]] || fail "principal id '$principal_id' is not a GUID"

graph_sp_id="$(az ad sp show --id "$graph_app_id" --query id --output tsv)"
[[ -n "$graph_sp_id" ]] || fail "Microsoft Graph's service principal was not found in this tenant"

assignments_uri="https://graph.microsoft.com/v1.0/servicePrincipals/${principal_id}/appRoleAssignments"
# One line per Graph app role the identity holds: "<assignment id> <app role id>".
existing="$(az rest --method GET --uri "$assignments_uri" \
  --query "value[?resourceId=='${graph_sp_id}'].[id, appRoleId]" --output tsv)"
existing_role_ids="$(cut -f2 <<<"$existing")"
wanted_role_ids=''

for permission in "${permissions[@]}"; do
  role_id="$(az ad sp show --id "$graph_app_id" \
    --query "appRoles[?value=='${permission}' && contains(allowedMemberTypes, 'Application')].id | [0]" \
    --output tsv)"
  [[ -n "$role_id" ]] || fail "Microsoft Graph has no application permission named ${permission}"
  wanted_role_ids+="${role_id}"$'\n'

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

# Least privilege after an upgrade: what the identity still holds from an earlier version.
while IFS=$'\t' read -r assignment_id role_id; do
  [[ -n "$role_id" ]] || continue
  grep -qx "$role_id" <<<"$wanted_role_ids" && continue
  permission="$(az ad sp show --id "$graph_app_id" --query "appRoles[?id=='${role_id}'].value | [0]" --output tsv)"
  if [[ "$prune" == true && "$dry_run" == false ]]; then
    az rest --method DELETE --uri "${assignments_uri}/${assignment_id}" --output none
    echo "removed: ${permission} (not needed by Kvu.Bot)"
  else
    echo "not needed by Kvu.Bot: ${permission} (run with --prune to remove it)"
  fi
done <<<"$existing"
