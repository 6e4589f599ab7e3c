using System.Security.Claims;
using Microsoft.Identity.Web;

namespace Kvu.Bot.Dashboard;

/// <summary>
/// Who calls the dashboard API, as Entra ID identifies them: tenant id (tid) and object id (oid), the same keys the
/// bot knows people by (FlowUser, PersonRef.AadObjectId). Display names and e-mail addresses identify nobody.
/// </summary>
public sealed record DashboardUser(string TenantId, string AadObjectId)
{
    /// <summary>Null when the principal lacks either claim: such a caller sees nothing.</summary>
    public static DashboardUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);

        // GetTenantId/GetObjectId read both the short claim names and the long ones JwtBearer maps them to.
        var tenantId = principal.GetTenantId();
        var objectId = principal.GetObjectId();
        return string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(objectId) ? null : new DashboardUser(tenantId, objectId);
    }
}
