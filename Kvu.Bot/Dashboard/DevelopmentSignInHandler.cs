using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace Kvu.Bot.Dashboard;

/// <summary>
/// Local development without Entra ID, as /api/messages accepts the Playground without tokens: the header
/// <c>X-Kvu-Dev-User: {tenant id}/{object id}</c> names the user (the page passes on its <c>?devUser=</c>). Never active
/// when an app id is configured: then this handler authenticates nobody.
/// </summary>
public sealed class DevelopmentSignInHandler(IOptionsMonitor<DevelopmentSignInOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<DevelopmentSignInOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Options.Enabled)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var value = Request.Headers[DashboardAuthentication.DevelopmentHeader].ToString();
        var parts = value.Split('/', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim("tid", parts[0]), new Claim("oid", parts[1])], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
