using Microsoft.Identity.Web;

namespace Kvu.Bot.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The dashboard tab's API: its caller's sign-in (<see cref="DashboardAuthentication"/>) and the reader.</summary>
    public static IServiceCollection AddKvuDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication();
        var sso = !string.IsNullOrWhiteSpace(configuration[$"{DashboardAuthentication.SsoSection}:ClientId"]);
        if (sso)
        {
            authentication.AddMicrosoftIdentityWebApi(configuration, DashboardAuthentication.SsoSection, DashboardAuthentication.Scheme);
            services.AddRequiredScopeAuthorization();
        }
        else
        {
            var development = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
            authentication.AddScheme<DevelopmentSignInOptions, DevelopmentSignInHandler>(DashboardAuthentication.Scheme, o => o.Enabled = development);
        }

        services.AddAuthorization(o => o.AddPolicy(DashboardAuthentication.Policy, policy =>
        {
            policy.AddAuthenticationSchemes(DashboardAuthentication.Scheme).RequireAuthenticatedUser();
            if (sso)
            {
                policy.RequireScope(DashboardAuthentication.Scope);
            }
        }));
        services.AddSingleton<DashboardReader>();
        return services;
    }
}
