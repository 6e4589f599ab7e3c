namespace Kvu.Bot.Meetings;

/// <summary>
/// Bound from "Graph" (infra/README.md: Graph__ManagedIdentityClientId, or Graph__ClientId + Graph__ClientSecret /
/// Graph__CertificatePath, and Graph__TenantId). Nothing set = local development: meetings are offered as .ics.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    public string? ManagedIdentityClientId { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    /// <summary>
    /// "Bot" (default): the bot posts summaries proactively (app-only). "Delegated": post as the projectleider
    /// through Graph with ChannelMessage.Send (needs Teams SSO + on-behalf-of).
    /// </summary>
    public string Poster { get; set; } = "Bot";

    /// <summary>
    /// The Azure Bot OAuth connection (Microsoft.BotService/botServices/connections, provider Azure AD v2, scope
    /// ChannelMessage.Send) whose user tokens the Delegated poster uses. Required when Poster = Delegated.
    /// </summary>
    public string? DelegatedConnectionName { get; set; }

    internal bool Delegated => string.Equals(Poster, "Delegated", StringComparison.OrdinalIgnoreCase);

    internal bool IsConfigured => !string.IsNullOrWhiteSpace(ManagedIdentityClientId) || !string.IsNullOrWhiteSpace(ClientId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delegated && string.IsNullOrWhiteSpace(DelegatedConnectionName))
        {
            yield return new ValidationResult(
                $"{SectionName}:Poster is Delegated but {SectionName}:DelegatedConnectionName (the Azure Bot OAuth connection) is not set.",
                [nameof(DelegatedConnectionName)]);
        }

        if (!string.IsNullOrWhiteSpace(ClientId))
        {
            if (string.IsNullOrWhiteSpace(TenantId))
            {
                yield return new ValidationResult($"{SectionName}:ClientId is set but {SectionName}:TenantId is not.", [nameof(TenantId)]);
            }

            if (string.IsNullOrWhiteSpace(ClientSecret) && string.IsNullOrWhiteSpace(CertificatePath))
            {
                yield return new ValidationResult(
                    $"{SectionName}:ClientId is set but neither {SectionName}:ClientSecret nor {SectionName}:CertificatePath.",
                    [nameof(ClientSecret), nameof(CertificatePath)]);
            }
        }
    }
}
