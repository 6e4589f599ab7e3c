using System.Net;
using System.Text;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>With an identity configured, only the Bot Connector (a valid token) gets in.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuthenticationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "3d3e1f5a-8b7c-4d2e-9f10-a1b2c3d4e5f6";
    private const string TenantId = "5f0c7a2e-1d3b-4c8e-9a6f-2b7d4e1c0a11";
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public static TheoryData<string, string?> IdentityKinds => new()
    {
        { "MultiTenant", "not-a-real-secret" },
        { "SingleTenant", "not-a-real-secret" },
        { "UserAssignedMSI", null },
    };

    [Theory]
    [MemberData(nameof(IdentityKinds))]
    public async Task A_request_without_a_token_gets_401_and_is_not_processed(string appType, string? password)
    {
        await using var bot = new KvuBotApplication(azurite.ConnectionString, Identity(appType, password));
        var conversation = TeamsActivity.NewPersonalConversationId();

        var response = await bot.PostActivityAsync(new TeamsActivity(_connector.ServiceUrl).PersonalMessage(conversation, "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Sent);
        var stored = await bot.Services.GetRequiredService<ConversationStore>().GetAsync(TeamsActivity.TenantId, conversation, CancellationToken.None);
        Assert.Null(stored);
    }

    [Fact]
    public async Task A_token_from_an_issuer_other_than_the_Bot_Framework_gets_401()
    {
        await using var bot = new KvuBotApplication(azurite.ConnectionString, Identity("MultiTenant", "not-a-real-secret"));
        var forged = $"{Base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}")}.{Base64Url($"{{\"iss\":\"https://evil.example\",\"aud\":\"{AppId}\"}}")}.c2lnbmF0dXJl";

        var response = await bot.PostActivityAsync(
            new TeamsActivity(_connector.ServiceUrl).PersonalMessage(TeamsActivity.NewPersonalConversationId(), "help"),
            authorization: $"Bearer {forged}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Sent);
    }

    [Theory]
    [InlineData("SingleTenant", "not-a-real-secret", null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "a-secret", TenantId, "MicrosoftAppPassword must be empty")]
    [InlineData("Federated", "x", TenantId, "MicrosoftAppType 'Federated' is not supported")]
    public async Task A_half_configured_identity_stops_start_up_with_a_message_naming_the_key(string appType, string? password, string? tenant, string expected)
    {
        var failure = await StartupValidation.FailureAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        Assert.Contains(expected, failure.Message);
    }

    private static Dictionary<string, string?> Identity(string appType, string? password) => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = password,
        ["MicrosoftAppTenantId"] = TenantId,
    };

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
