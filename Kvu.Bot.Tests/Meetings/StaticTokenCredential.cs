using Azure.Core;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>Stands in for the managed identity: the token itself is what the tests check reaches Graph.</summary>
internal sealed class StaticTokenCredential : TokenCredential
{
    public const string Token = "test-app-token";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
