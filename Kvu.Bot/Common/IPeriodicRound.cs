namespace Kvu.Bot.Common;

/// <summary>
/// One round of a background job that <see cref="PeriodicRoundService{TRound}"/> runs at every tick (a reminder round):
/// it looks at what is due now, so a round that fails or is skipped is made good by the next.
/// </summary>
public interface IPeriodicRound
{
    Task RunAsync(CancellationToken cancellationToken);
}
