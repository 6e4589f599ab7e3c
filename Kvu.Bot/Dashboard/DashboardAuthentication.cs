namespace Kvu.Bot.Dashboard;

/// <summary>
/// How the dashboard API knows its caller. With an SSO app (<c>AzureAd:ClientId</c>, the Teams SSO app registration of
/// aad.manifest.json): the Teams SSO token the tab gets from <c>authentication.getAuthToken</c>, validated by
/// Microsoft.Identity.Web (signature, issuer per tenant, audience = that app, scope access_as_user). Without one and
/// without a bot identity (<c>MicrosoftAppId</c> empty, the local development of run.sh): the development sign-in,
/// <see cref="DevelopmentSignInHandler"/>. With a bot identity but no SSO app: nobody gets in.
/// </summary>
public static class DashboardAuthentication
{
    public const string Scheme = "KvuDashboard";

    public const string Policy = "KvuDashboard";

    /// <summary>Microsoft.Identity.Web's section: Instance, TenantId, ClientId.</summary>
    public const string SsoSection = "AzureAd";

    /// <summary>The SSO app's one delegated scope (aad.manifest.json), which Teams asks for on the tab's behalf.</summary>
    public const string Scope = "access_as_user";

    /// <summary>The header the development sign-in reads: "tenant id/object id".</summary>
    public const string DevelopmentHeader = "X-Kvu-Dev-User";
}
