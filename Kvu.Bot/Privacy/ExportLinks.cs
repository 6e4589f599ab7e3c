using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Kvu.Bot.Privacy;

/// <summary>
/// Short-lived download links for a projectleider's export. Teams cannot receive a file from a bot in a chat without
/// a OneDrive consent round, so the bot answers with a link to itself. The link carries the request (tenant, user,
/// person, expiry) encrypted and signed with ASP.NET Core Data Protection, never the data: following it runs the
/// export again, as that user, for the projects she manages at that moment. A changed, foreign or expired link is
/// refused. On App Service the Data Protection keys are shared by all instances; elsewhere a link works on the
/// instance that made it.
/// </summary>
public sealed class ExportLinks(IDataProtectionProvider dataProtection, TimeProvider clock, IOptions<PrivacyOptions> options)
{
    public const string Path = "/api/privacy/exports/{token}";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Kvu.Bot.Privacy.ExportLink.v1");

    public TimeSpan Lifetime => options.Value.ExportLinkLifetime;

    /// <returns>The link's token (URL-safe).</returns>
    public string Create(string tenantId, string userId, string key) =>
        _protector.Protect(JsonSerializer.Serialize(new ExportTicket(tenantId, userId, key, clock.GetUtcNow() + Lifetime)));

    /// <returns>The request the token stands for; null when it was changed, made elsewhere, or has expired.</returns>
    public ExportTicket? Read(string token)
    {
        try
        {
            var ticket = JsonSerializer.Deserialize<ExportTicket>(_protector.Unprotect(token));
            return ticket is not null && ticket.ExpiresAt > clock.GetUtcNow() ? ticket : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
