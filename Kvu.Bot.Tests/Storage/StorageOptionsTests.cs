using System.ComponentModel.DataAnnotations;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.Tests.Storage;

/// <summary>How the app finds its tables: Azurite by default, a managed identity and the endpoint in Azure.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageOptionsTests(AzuriteFixture azurite)
{
    [Fact]
    public void Without_configuration_the_app_uses_Azurite()
    {
        var options = new StorageOptions();

        Assert.Equal("UseDevelopmentStorage=true", options.ConnectionString);
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void With_a_table_endpoint_the_app_uses_a_token_not_a_key()
    {
        var options = new StorageOptions { TableEndpoint = new Uri("https://kvustorage.table.core.windows.net"), ManagedIdentityClientId = "9b1f2c3d-0000-4000-8000-000000000001" };

        Assert.Empty(Validate(options));
        var client = TableServiceClientFactory.Create(options);
        Assert.Equal(("kvustorage", "kvustorage.table.core.windows.net"), (client.AccountName, client.Uri.Host)); // not Azurite's devstoreaccount1
    }

    [Theory]
    [InlineData(null, "http://kvustorage.table.core.windows.net", "must be an absolute https URL")]
    [InlineData("", null, "Storage:ConnectionString is empty and Storage:TableEndpoint is not set")]
    public void Storage_configured_wrongly_is_named_in_the_message(string? connectionString, string? endpoint, string expected)
    {
        var options = new StorageOptions { ConnectionString = connectionString, TableEndpoint = endpoint is null ? null : new Uri(endpoint) };

        Assert.Contains(Validate(options), r => r.ErrorMessage!.Contains(expected));
    }

    [Fact]
    public async Task The_app_refuses_to_start_with_storage_configured_wrongly()
    {
        var failure = await StartupValidation.FailureAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Storage:ConnectionString"] = "", ["Storage:TableEndpoint"] = "" });

        Assert.Contains("Storage:ConnectionString", failure.Message);
    }

    private static List<ValidationResult> Validate(StorageOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
