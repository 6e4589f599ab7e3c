using Kvu.Bot.Formation.Flow;
using Kvu.Bot.Hosting;
using Kvu.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Starts a host with the app's own registrations and the given settings, and returns why it refused to start.
/// (WebApplicationFactory hides a failed start behind an ObjectDisposedException now and then, under load.)
/// </summary>
public static class StartupValidation
{
    public static async Task<OptionsValidationException> FailureAsync(string storageConnectionString, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = storageConnectionString });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddKvuStorage(builder.Configuration);
        builder.Services.AddKvuBot(builder.Configuration);
        builder.Services.AddKvuFormation();
        await using var app = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
