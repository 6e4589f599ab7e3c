using Microsoft.AspNetCore.Authentication;

namespace Kvu.Bot.Dashboard;

public sealed class DevelopmentSignInOptions : AuthenticationSchemeOptions
{
    /// <summary>Only true when neither the bot's nor the SSO app's id is configured (see DashboardServiceCollectionExtensions).</summary>
    public bool Enabled { get; set; }
}
