namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// Shows the user that the bot is working while a turn waits on Microsoft Graph or sends to many people: Teams
/// shows the typing dots until the reply arrives, instead of a silence of several seconds. A feature calls it just
/// before the slow part; showing it twice in a turn sends it once.
/// </summary>
public interface IWorkIndicator
{
    Task ShowAsync(CancellationToken cancellationToken);
}
