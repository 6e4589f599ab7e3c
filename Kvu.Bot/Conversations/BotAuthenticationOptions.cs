namespace Kvu.Bot.Conversations;

/// <summary>
/// The Bot Framework's own configuration keys, read from the configuration root as the SDK reads them.
/// Without MicrosoftAppId the bot runs in development mode (no tokens), which is what the Agents Playground needs.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string EffectiveAppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? MultiTenant : MicrosoftAppType.Trim();
}
