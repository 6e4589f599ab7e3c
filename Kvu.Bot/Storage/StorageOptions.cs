namespace Kvu.Bot.Storage;

/// <summary>Where the bot keeps its tables. Bound from the "Storage" section.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Connection string with an account key. The default points at Azurite, the local emulator, so a
    /// developer needs no configuration at all. In Azure use <see cref="TableEndpoint"/> instead: no keys.
    /// </summary>
    public string? ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// e.g. https://kvu.table.core.windows.net. When set, the client authenticates with a token
    /// (managed identity) and <see cref="ConnectionString"/> is ignored: its default is the emulator,
    /// so it is always "set", and an Azure deployment should not have to blank it out.
    /// </summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty means DefaultAzureCredential.</summary>
    public string? ManagedIdentityClientId { get; set; }


    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TableEndpoint is null && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"{SectionName}:ConnectionString is empty and {SectionName}:TableEndpoint is not set: set one of them "
                + "(a connection string such as UseDevelopmentStorage=true for Azurite, or the table endpoint "
                + "https://<account>.table.core.windows.net to use a managed identity).",
                [nameof(ConnectionString), nameof(TableEndpoint)]);
        }

        if (TableEndpoint is not null
            && (!TableEndpoint.IsAbsoluteUri || TableEndpoint.Scheme != Uri.UriSchemeHttps))
        {
            // Azure.Core refuses to send a bearer token over plain http, so fail here with the key's name
            // rather than on the first request.
            yield return new ValidationResult(
                $"{SectionName}:TableEndpoint must be an absolute https URL (got '{TableEndpoint}'). "
                + $"For Azurite over http use {SectionName}:ConnectionString instead.",
                [nameof(TableEndpoint)]);
        }
    }
}
