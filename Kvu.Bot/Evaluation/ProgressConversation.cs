using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The Uitvoering as typed: <c>voortgang</c> shows the voortgangsmatrix (every measure's state by party and by goal,
/// what is over tijd marked) to anyone in the werkgroep; <c>voortgang mr4</c> opens the measure's progress card for its
/// owner (or the projectleider or secretaris) to set its state and a note; <c>voortgang d1</c> or <c>voortgang KHN Zwolle</c>
/// the matrix of one goal or party (the whole one of a large plan is too big for one message). Typed in her own chat,
/// it also lets the bot reach her there later (<see cref="MeasureReminders"/>).
/// </summary>
public sealed class ProgressConversation(CycleProjects finder, ProjectAccessStore access, MeasureStore measures, ProgressStore store, PersonalChats chats) : ProjectCommand<string>(finder)
{
    /// <summary>Everyone reads the matrix; whether she may update a measure is its owner's question (<see cref="ProgressActions.MayUpdateAsync"/>).</summary>
    protected override bool ForEveryone(string rest) => true;

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, string rest, CancellationToken cancellationToken)
    {
        var (project, culture, today, user) = (turn.Project, turn.Culture, turn.Today, turn.Input.User);
        if (turn.Input.Conversation.Kind == ConversationKind.Personal && turn.Input.Conversation.Id is { Length: > 0 } chat)
        {
            await chats.RememberAsync(user.TenantId, user.AadObjectId, chat, cancellationToken);
        }

        if (rest.Length == 0)
        {
            var all = await measures.ListAsync(project, cancellationToken);
            var mine = all.Where(m => string.Equals(m.Owner.AadObjectId?.Trim(), user.AadObjectId, StringComparison.OrdinalIgnoreCase)).Select(m => m.Id).ToList();
            return [Reply.Show(ProgressCard.Matrix(project, all, await store.ListAsync(project, cancellationToken), mine, today, culture))];
        }

        var measure = MeasureStore.Number(rest.Trim()) is null ? null : await measures.GetAsync(project, rest.Trim().ToLowerInvariant(), cancellationToken);
        if (measure is null)
        {
            // `voortgang d1` or `voortgang KHN Zwolle`: the matrix of one goal or party.
            var all = await measures.ListAsync(project, cancellationToken);
            return Selection(project, all, rest.Trim(), culture) is { } selection
                ? [Reply.Show(ProgressCard.Matrix(project, selection.Measures, await store.ListAsync(project, cancellationToken), [], today, culture, selection.Name))]
                : [Reply.Say(EvaluationText.Get(EvaluationKeys.UnknownMeasure, culture))];
        }

        if (!await ProgressActions.MayUpdateAsync(project, measure, user, access, cancellationToken))
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.ProgressNotYours, culture))];
        }

        var progress = (await store.ListAsync(project, cancellationToken)).GetValueOrDefault(measure.Id);
        return [Reply.Show(ProgressCard.Measure(project, measure, progress, null, false, user.AadObjectId, today, culture))];
    }

    /// <summary>The measures of the goal (by its number, or "zonder doel") or the party that <paramref name="typed"/> names.</summary>
    private static (string Name, IReadOnlyList<Measure> Measures)? Selection(KvuProject project, IReadOnlyList<Measure> all, string typed, CultureInfo culture)
    {
        if (project.Goals.FirstOrDefault(g => string.Equals(g.Id, typed, StringComparison.OrdinalIgnoreCase)) is { } goal)
        {
            return ($"{goal.Id} {goal.Text}", [.. all.Where(m => m.GoalId == goal.Id)]);
        }

        var noGoal = EvaluationText.Get(EvaluationKeys.NoGoal, culture);
        if (string.Equals(typed, noGoal, StringComparison.OrdinalIgnoreCase))
        {
            return (noGoal, [.. all.Where(m => m.GoalId is null)]);
        }

        var party = all.Where(m => string.Equals(m.Party.Trim(), typed, StringComparison.OrdinalIgnoreCase)).ToList();
        return party.Count > 0 ? (party[0].Party, party) : null;
    }

    protected override string? Parse(FlowInput input) =>
        input.TypedText is { } text && EvaluationText.Words[EvaluationWord.Progress].StartText(text, out var rest) ? rest : null;
}
