using System.Threading.Channels;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Reminders the projectleider asked for on a card. The invoke only stores the request and puts it here, so Teams
/// gets its card back at once (it gives an invoke about 5 s; 59 one-to-one reminders at the connector's pace do not
/// fit); <see cref="ManualReminderService"/> sends them. The stored request survives a restart.
/// </summary>
public sealed class ManualReminderQueue(ApprovalStore approvals)
{
    private readonly Channel<ReminderRequest> _requests = Channel.CreateUnbounded<ReminderRequest>();

    public async Task EnqueueAsync(ReminderRequest request, CancellationToken cancellationToken)
    {
        await approvals.SaveReminderRequestAsync(request, cancellationToken);
        await _requests.Writer.WriteAsync(request, cancellationToken);
    }

    /// <summary>Requests stored before a restart go out first.</summary>
    public async Task RequeueStoredAsync(CancellationToken cancellationToken)
    {
        foreach (var request in await approvals.ListReminderRequestsAsync(cancellationToken))
        {
            await _requests.Writer.WriteAsync(request, cancellationToken);
        }
    }

    /// <summary>Completes when a request is waiting.</summary>
    public Task<bool> WaitAsync(CancellationToken cancellationToken) => _requests.Reader.WaitToReadAsync(cancellationToken).AsTask();

    /// <summary>Every request waiting now.</summary>
    public IReadOnlyList<ReminderRequest> TakeAll()
    {
        var taken = new List<ReminderRequest>();
        while (_requests.Reader.TryRead(out var request))
        {
            taken.Add(request);
        }

        return taken;
    }
}
