using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// The real Kvu.Bot (Program, its ASP.NET Core pipeline and DI) in-process, with state in the test's Azurite.
/// Settings override appsettings.json, e.g. MicrosoftAppId to switch authentication on.
/// </summary>
public sealed class KvuBotApplication(string storageConnectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var values = new Dictionary<string, string?> { ["Storage:ConnectionString"] = storageConnectionString };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }

            configuration.AddInMemoryCollection(values);
        });
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? authorization = null) =>
        PostRawAsync(activity.ToJsonString(), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await CreateClient().SendAsync(request);
    }
}
