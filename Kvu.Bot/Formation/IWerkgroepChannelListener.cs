namespace Kvu.Bot.Formation;

/// <summary>
/// Told when a project links its werkgroep channel ("koppel"), so features that post there (the weekly status) can
/// start. Registered in DI; the formation conversation calls every one after the link is saved.
/// </summary>
public interface IWerkgroepChannelListener
{
    Task ChannelLinkedAsync(KvuProject project, DateTimeOffset at, CancellationToken cancellationToken);
}
