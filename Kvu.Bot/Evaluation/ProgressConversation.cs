using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The Uitvoering as typed: <c>voortgang</c> shows the voortgangsmatrix (every measure's state by party and by goal,
/// what is over tijd marked) to anyone in the werkgroep; <c>voortgang mr4</c> opens the measure's progress card for its
/// owner (or the projectleider or secretaris) to set its state and a note.
/// </summary>
public sealed class ProgressConversation(CycleProjects finder, ProjectAccessStore access, MeasureStore measures, ProgressStore store) : ProjectCommand<string>(finder)
{
    /// <summary>Everyone reads the matrix; whether she may update a measure is its owner's question (<see cref="ProgressActions.MayUpdateAsync"/>).</summary>
    protected override bool ForEveryone(string rest) => true;

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, string rest, CancellationToken cancellationToken)
    {
        var (project, culture, today, user) = (turn.Project, turn.Culture, turn.Today, turn.Input.User);
        if (rest.Length == 0)
        {
            var all = await measures.ListAsync(project, cancellationToken);
            var mine = all.Where(m => string.Equals(m.Owner.AadObjectId?.Trim(), user.AadObjectId, StringComparison.OrdinalIgnoreCase)).Select(m => m.Id).ToList();
            return [Reply.Show(ProgressCard.Matrix(project, all, await store.ListAsync(project, cancellationToken), mine, today, culture))];
        }

        var measure = await measures.GetAsync(project, rest.Trim().ToLowerInvariant(), cancellationToken);
        if (measure is null)
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.UnknownMeasure, culture))];
        }

        if (!await ProgressActions.MayUpdateAsync(project, measure, user, access, cancellationToken))
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.ProgressNotYours, culture))];
        }

        var progress = (await store.ListAsync(project, cancellationToken)).GetValueOrDefault(measure.Id);
        return [Reply.Show(ProgressCard.Measure(project, measure, progress, null, false, user.AadObjectId, today, culture))];
    }

    protected override string? Parse(FlowInput input) =>
        input.Data is null && EvaluationText.Words[EvaluationWord.Progress].StartText(Words.Squeeze(input.Text), out var rest) ? rest : null;
}
