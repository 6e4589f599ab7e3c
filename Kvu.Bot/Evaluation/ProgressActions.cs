using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// A measure's progress card: its owner (the person the measure names, by her Teams account) or the projectleider or
/// secretaris sets the state and a short note; the card shows the result in place. Anyone else sees why not.
/// </summary>
public sealed class ProgressActions(CycleProjects finder, ProjectAccessStore access, MeasureStore measures, ProgressStore store) : ICardActionFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [EvaluationVerbs.ProgressPrefix];

    public async Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var culture = action.Culture;
        var project = await finder.OfCardAsync(action, cancellationToken);
        var measure = project is null ? null : await measures.GetAsync(project, action.Field(EvaluationVerbs.MeasureField) ?? string.Empty, cancellationToken);
        if (project is null || measure is null || !await MayUpdateAsync(project, measure, action.User, access, cancellationToken))
        {
            return AdaptiveCard.Notice(EvaluationText.Get(EvaluationKeys.ProgressNotYours, culture));
        }

        var today = DutchTime.Date(action.Now);
        var me = action.User.AadObjectId;
        var current = (await store.ListAsync(project, cancellationToken)).GetValueOrDefault(measure.Id);
        if (action.Verb != EvaluationVerbs.ProgressSave)
        {
            return ProgressCard.Measure(project, measure, current, null, false, me, today, culture);
        }

        var note = UserText.Clean(action.Field(ProgressCard.NoteField)).Trim();
        if (!Enum.TryParse<MeasureState>(action.Field(ProgressCard.StateField), out var state) || !Enum.IsDefined(state))
        {
            return ProgressCard.Measure(project, measure, current, EvaluationText.Get(EvaluationKeys.ErrorState, culture), false, me, today, culture);
        }

        if (note.Length > InputLimits.Comment)
        {
            var kept = new MeasureProgress(project.Id, measure.Id, state, note, current?.UpdatedAt ?? action.Now);
            return ProgressCard.Measure(project, measure, kept, EvaluationText.Format(EvaluationKeys.ErrorNoteTooLong, culture, InputLimits.Comment, note.Length), false, me, today, culture);
        }

        var saved = await store.SetAsync(project, measure.Id, state, note.Length == 0 ? null : note, action.Now, cancellationToken);
        return ProgressCard.Measure(project, measure, saved, null, true, me, today, culture);
    }

    public static async Task<bool> MayUpdateAsync(KvuProject project, Measure measure, FlowUser user, ProjectAccessStore access, CancellationToken cancellationToken) =>
        string.Equals(measure.Owner.AadObjectId?.Trim(), user.AadObjectId, StringComparison.OrdinalIgnoreCase)
        || await access.MayManageAsync(user.TenantId, user.Key, project.Id, cancellationToken);
}
