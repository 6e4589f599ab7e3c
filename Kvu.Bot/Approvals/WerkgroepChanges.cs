using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Told by <see cref="ProjectStore"/> and <see cref="ProjectAccessStore"/> around each save that changes what the
/// decisions depend on: marks the project's <see cref="WerkgroepStamp"/> as changing before the save and removes the
/// mark after it (see <see cref="WerkgroepAlignment"/> for why).
/// </summary>
public sealed class WerkgroepChanges(ApprovalStore approvals, TimeProvider clock, ILogger<WerkgroepChanges> logger) : IProjectChangeListener
{
    public string Fingerprint(KvuProject project) => DecisionContent.Fingerprint(project);

    public async Task<Func<CancellationToken, Task>> ChangingAsync(string projectId, CancellationToken cancellationToken)
    {
        var mark = await approvals.MarkStampChangingAsync(projectId, clock.GetUtcNow(), cancellationToken);
        return async ct =>
        {
            try
            {
                await approvals.ClearStampAsync(projectId, mark, ct);
            }
            catch (Azure.RequestFailedException failure)
            {
                // The change itself is saved; the mark stays and expires (WerkgroepAlignment.ChangeLease), after which
                // the next click rebuilds the stamp. Failing the turn now would tell the user their change was lost.
                logger.LogWarning(failure, "The werkgroep stamp of {ProjectId} keeps its mark until it expires", projectId);
            }
        };
    }
}
