namespace Kvu.Bot.Meetings;

/// <summary>
/// A Graph access token for the projectleider (delegated ChannelMessage.Send). The implementation asks the Bot
/// Framework token service for the token of the Azure Bot OAuth connection Graph:DelegatedConnectionName
/// (Hosting/BotTokenServiceTokenProvider). Null = no token for this user (not signed in, or no connection).
/// </summary>
public interface IDelegatedTokenProvider
{
    /// <param name="userId">The channel user id ("29:..."), under which the token service keeps the user's tokens.</param>
    Task<string?> GetTokenAsync(string tenantId, string userId, CancellationToken cancellationToken);
}
