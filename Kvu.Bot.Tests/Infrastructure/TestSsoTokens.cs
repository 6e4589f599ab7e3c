using System.Security.Claims;
using System.Security.Cryptography;
using Kvu.Bot.Dashboard;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Teams SSO tokens as Entra ID issues them (v2.0: issuer per tenant, audience the SSO app, tid/oid/scp), signed with
/// a key made for the test. <see cref="Trust"/> gives Microsoft.Identity.Web that key as Entra ID's published signing
/// key and issuer template, in place of the metadata it would download: every other check (signature, issuer template, audience,
/// lifetime, scope) runs as in production.
/// </summary>
public sealed class TestSsoTokens
{
    public const string SsoAppId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "kvu-test-key" };

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "organizations",
        ["AzureAd:ClientId"] = SsoAppId,
    };

    /// <summary>Entra ID's multi-tenant metadata says exactly this issuer template; the key is the test's.</summary>
    public void Trust(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = "https://login.microsoftonline.com/{tenantid}/v2.0" };
        configuration.SigningKeys.Add(_key);
        services.PostConfigure<JwtBearerOptions>(DashboardAuthentication.Scheme, options =>
        {
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);

            // Identity.Web's AAD issuer validator downloads the issuer template from Entra ID's metadata; here it is
            // handed the same template, and still checks that the token's issuer is that of the token's own tenant (tid).
            options.TokenValidationParameters.ValidIssuers = [configuration.Issuer];
        });
    }

    public string For(string tenantId, string objectId, string audience = SsoAppId, string scope = DashboardAuthentication.Scope, string? issuerTenant = null) =>
        Sign(_key, tenantId, objectId, audience, scope, issuerTenant);

    /// <summary>The same token signed with a key Entra ID never published.</summary>
    public static string Forged(string tenantId, string objectId) =>
        Sign(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "kvu-test-key" }, tenantId, objectId, SsoAppId, DashboardAuthentication.Scope);

    private static string Sign(SecurityKey key, string tenantId, string objectId, string audience, string scope, string? issuerTenant = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://login.microsoftonline.com/{issuerTenant ?? tenantId}/v2.0",
            Audience = audience,
            Expires = DateTime.UtcNow.AddHours(1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Subject = new ClaimsIdentity([new Claim("tid", tenantId), new Claim("oid", objectId), new Claim("scp", scope), new Claim("ver", "2.0")]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
