namespace Kvu.Bot.Meetings;

// A Graph access token for the projectleider (delegated ChannelMessage.Send), obtained through Teams SSO +
// on-behalf-of. The SSO token exchange itself is not implemented on this branch (it needs a real Entra tenant
// and the Teams client); anything that can produce such a token plugs in here. Null = no token for this user.
public interface IDelegatedTokenProvider
{
    Task<string?> GetTokenAsync(string tenantId, string userId, CancellationToken cancellationToken);
}
