using Kvu.Bot.Conversations;

namespace Kvu.Bot.Hosting;

/// <summary>
/// Fails start-up with a message naming the key when the bot's identity is configured half-way:
/// a bot that starts anyway would answer every Teams request with 401 and nobody would know why.
/// </summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        var type = options.EffectiveAppType;
        var known = new[] { BotAuthenticationOptions.MultiTenant, BotAuthenticationOptions.SingleTenant, BotAuthenticationOptions.UserAssignedMsi };
        if (!known.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{type}' is not supported; use one of {string.Join(", ", known)}.");
        }
        else if (!options.IsDevelopmentMode)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
            {
                failures.Add("MicrosoftAppId must be the bot's application (client) id, a GUID.");
            }

            var needsPassword = !type.Equals(BotAuthenticationOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
            if (needsPassword && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {type}; keep it in user-secrets or Key Vault, never in appsettings.json.");
            }

            if (!needsPassword && !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI: the managed identity has no secret.");
            }

            var needsTenant = !type.Equals(BotAuthenticationOptions.MultiTenant, StringComparison.OrdinalIgnoreCase);
            if (needsTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
            {
                failures.Add($"MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is {type}.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for local development.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
