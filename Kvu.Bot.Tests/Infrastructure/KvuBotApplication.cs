using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// The real Kvu.Bot (Program, its ASP.NET Core pipeline and DI) in-process, with state in the test's Azurite.
/// Settings override appsettings.json, e.g. MicrosoftAppId to switch authentication on.
/// The weekly status loop, the summary-after-meeting loop and the retention loop are off (StatusPosts:BackgroundEnabled, Meetings:AutoSummaryEnabled, Privacy:RetentionEnabled) unless a test's settings switch it on: tests
/// run the scheduler themselves. <paramref name="services"/> replaces services, e.g. TimeProvider with a fake clock.
/// </summary>
public sealed class KvuBotApplication(string storageConnectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = storageConnectionString,
                ["StatusPosts:BackgroundEnabled"] = "false",
                ["Meetings:AutoSummaryEnabled"] = "false",
                ["Privacy:RetentionEnabled"] = "false",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }

            configuration.AddInMemoryCollection(values);
        });
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
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
