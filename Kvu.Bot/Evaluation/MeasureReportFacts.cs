using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The measures and their progress for a progress report, read from the project's own partition (two queries) and only
/// once the project is in the Uitvoering: before it, the measures are still being planned and nothing is due. They live
/// per project, so a weekly run reads them per post too (a null share, see <see cref="IReportFacts"/>).
/// </summary>
public sealed class MeasureReportFacts(MeasureStore measures, ProgressStore progress, IOptions<MeasureReminderOptions> options) : IReportFacts
{
    public async Task<object> LoadAsync(ReportContext report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var project = report.Project;
        if (report.Kind != ReportKind.Weekly || project.Phase < KvuPhase.Uitvoering)
        {
            return MeasureFacts.None;
        }

        var all = await measures.ListAsync(project, cancellationToken);
        return all.Count == 0
            ? MeasureFacts.None
            : new MeasureFacts(all, await progress.ListAsync(project, cancellationToken), options.Value.DaysBefore);
    }

    public Task<Func<ReportContext, object?>> ReadTenantAsync(string tenantId, DateTimeOffset earliestSince, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<Func<ReportContext, object?>>(_ => null);
}
