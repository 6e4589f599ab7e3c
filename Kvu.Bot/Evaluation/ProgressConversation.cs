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
/// owner (or the projectleider or secretaris) to set its state and a note. Typed in her own chat, it also lets the bot
/// reach her there later (<see cref="MeasureReminders"/>).
/// </summary>
public sealed class ProgressConversation(CycleProjects finder, ProjectAccessStore access, MeasureStore measures, ProgressStore store, PersonalChats chats) : IMessageFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (Parse(input) is not { } rest)
        {
            return null;
        }

        var culture = input.Culture;
        if (input.Conversation.Kind == ConversationKind.Personal && input.Conversation.Id is { Length: > 0 } chat)
        {
            await chats.RememberAsync(input.User.TenantId, input.User.AadObjectId, chat, cancellationToken);
        }

        var (project, _, _) = await finder.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.NoProject, culture))];
        }

        var today = DutchTime.Date(input.Now);
        if (rest.Length == 0)
        {
            var all = await measures.ListAsync(project, cancellationToken);
            var mine = all.Where(m => string.Equals(m.Owner.AadObjectId?.Trim(), input.User.AadObjectId, StringComparison.OrdinalIgnoreCase)).Select(m => m.Id).ToList();
            return [Reply.Show(ProgressCard.Matrix(project, all, await store.ListAsync(project, cancellationToken), mine, today, culture))];
        }

        var measure = MeasureStore.RowKey(rest.Trim()) is null ? null : await measures.GetAsync(project, rest.Trim().ToLowerInvariant(), cancellationToken);
        if (measure is null)
        {
            // `voortgang d1` or `voortgang KHN Zwolle`: the matrix of one goal or party (the whole one may be too big to show).
            var all = await measures.ListAsync(project, cancellationToken);
            return Selection(project, all, rest.Trim(), culture) is { } selection
                ? [Reply.Show(ProgressCard.Matrix(project, selection.Measures, await store.ListAsync(project, cancellationToken), [], today, culture, selection.Name))]
                : [Reply.Say(EvaluationText.Get(EvaluationKeys.UnknownMeasure, culture))];
        }

        if (!await ProgressActions.MayUpdateAsync(project, measure, input.User, access, cancellationToken))
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.ProgressNotYours, culture))];
        }

        var progress = (await store.ListAsync(project, cancellationToken)).GetValueOrDefault(measure.Id);
        return [Reply.Show(ProgressCard.Measure(project, measure, progress, null, false, input.User.AadObjectId, today, culture))];
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

    private static string? Parse(FlowInput input) =>
        input.Data is null && EvaluationText.Words[EvaluationWord.Progress].StartText(Words.Squeeze(input.Text), out var rest) ? rest : null;
}
