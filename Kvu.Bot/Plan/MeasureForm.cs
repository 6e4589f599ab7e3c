using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// A measure as entered, on the card or typed, before it is judged: the text of each part as the projectleider gave it.
/// <see cref="Check"/> judges every part at once and names what is wrong per part, so the card can show each problem
/// beside its field while everything else she entered stays filled in.
/// </summary>
public sealed record MeasureForm(string? MeasureId, IReadOnlyDictionary<MeasureField, string> Values)
{
    /// <summary>A budget above this is a typing error (a KVU's measures cost thousands, not billions).</summary>
    public const decimal MaxBudget = 100_000_000m;

    public static MeasureForm Empty { get; } = new(null, new Dictionary<MeasureField, string>());

    public string? this[MeasureField field] => Values.TryGetValue(field, out var value) && value.Length > 0 ? value : null;

    /// <summary>What the card sent: each field by its id.</summary>
    public static MeasureForm FromCard(FlowInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var values = new Dictionary<MeasureField, string>();
        foreach (var field in Enum.GetValues<MeasureField>())
        {
            if (input.Field(MeasureFields.Id(field)) is { Length: > 0 } value)
            {
                values[field] = value;
            }
        }

        return new MeasureForm(input.Field(MeasureFields.MeasureId) is { Length: > 0 } id ? id : null, values);
    }

    /// <summary>A stored measure as the card shows it for a change.</summary>
    public static MeasureForm From(Measure measure, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var values = new Dictionary<MeasureField, string>
        {
            [MeasureField.Title] = measure.Title,
            [MeasureField.For] = measure.For,
            [MeasureField.Party] = measure.Party,
            [MeasureField.Owner] = measure.Owner.DisplayName,
            [MeasureField.Start] = Iso(measure.Start),
            [MeasureField.End] = Iso(measure.End),
            [MeasureField.Beslismoment] = Iso(measure.Beslismoment),
            [MeasureField.Decider] = measure.Decider,
        };
        if (measure.Budget is { } budget)
        {
            values[MeasureField.Budget] = Money.Format(budget, culture);
        }

        return new MeasureForm(measure.Id, values);
    }

    /// <summary>
    /// Every part judged against the project: the title, party, owner and decider present and not too long; the goal
    /// or knelpunt one of the plan's; the dates real dates with the end not before the start and the beslismoment not
    /// after the end; the budget, when given, an amount in euros.
    /// </summary>
    public MeasureCheck Check(KvuProject project, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var errors = new Dictionary<MeasureField, string>();
        string? Text(MeasureField field, string missingKey)
        {
            var value = this[field] is { } typed ? Answers.Name(typed) ?? UserText.Name(typed) : null;
            if (value is null || value.Length == 0)
            {
                errors[field] = PlanText.Get(missingKey, culture);
                return null;
            }

            if (InputLimits.Length(value, InputLimits.Name, PlanText.Label(field, culture)) is { } tooLong)
            {
                errors[field] = tooLong.Message(culture);
                return null;
            }

            return value;
        }

        DateOnly? Date(MeasureField field, string missingKey)
        {
            if (this[field] is not { } typed)
            {
                errors[field] = PlanText.Get(missingKey, culture);
                return null;
            }

            var date = Answers.Date(typed, today);
            if (date is null)
            {
                errors[field] = PlanText.Format(PlanKeys.ErrorDate, culture, typed);
            }

            return date;
        }

        var title = Text(MeasureField.Title, PlanKeys.ErrorTitle);
        var (goalId, knelpuntId) = For(project, errors, culture);
        var party = Text(MeasureField.Party, PlanKeys.ErrorParty);
        var ownerName = Text(MeasureField.Owner, PlanKeys.ErrorOwner);
        var start = Date(MeasureField.Start, PlanKeys.ErrorStart);
        var end = Date(MeasureField.End, PlanKeys.ErrorEnd);
        var beslismoment = Date(MeasureField.Beslismoment, PlanKeys.ErrorBeslismoment);
        var decider = Text(MeasureField.Decider, PlanKeys.ErrorDecider);
        if (start is { } from && end is { } until && until < from)
        {
            errors[MeasureField.End] = PlanText.Get(PlanKeys.ErrorEndBeforeStart, culture);
        }

        if (end is { } last && beslismoment is { } moment && moment > last)
        {
            errors[MeasureField.Beslismoment] = PlanText.Get(PlanKeys.ErrorBeslismomentAfterEnd, culture);
        }

        decimal? budget = null;
        if (this[MeasureField.Budget] is { } typedBudget)
        {
            if (Money.TryParse(typedBudget, out var amount) && amount >= 0 && amount <= MaxBudget)
            {
                budget = amount;
            }
            else
            {
                errors[MeasureField.Budget] = PlanText.Format(PlanKeys.ErrorBudget, culture, typedBudget);
            }
        }

        if (errors.Count > 0)
        {
            return new MeasureCheck(null, errors);
        }

        return new MeasureCheck(new MeasureValues(title!, goalId, knelpuntId, Party(project, party!), Owner(project, ownerName!), start!.Value, end!.Value, beslismoment!.Value, decider!, budget), errors);
    }

    /// <summary>"d2", "k1", or a goal's or knelpunt's text as the plan has it.</summary>
    private (string? GoalId, string? KnelpuntId) For(KvuProject project, Dictionary<MeasureField, string> errors, CultureInfo culture)
    {
        var knelpunten = project.Analysis.Knelpunten;
        if (project.Goals.Count == 0 && knelpunten.Count == 0)
        {
            errors[MeasureField.For] = PlanText.Get(PlanKeys.ErrorForNone, culture);
            return (null, null);
        }

        if (this[MeasureField.For] is not { } typed)
        {
            errors[MeasureField.For] = PlanText.Get(PlanKeys.ErrorFor, culture);
            return (null, null);
        }

        var said = Words.Squeeze(typed);
        if (project.Goals.FirstOrDefault(g => Same(g.Id, said) || Same(g.Text, said)) is { } goal)
        {
            return (goal.Id, null);
        }

        if (knelpunten.FirstOrDefault(k => Same(k.Id, said) || Same(k.Text, said)) is { } knelpunt)
        {
            return (null, knelpunt.Id);
        }

        errors[MeasureField.For] = PlanText.Format(PlanKeys.ErrorForUnknown, culture, typed,
            string.Join(", ", project.Goals.Select(g => g.Id).Concat(knelpunten.Select(k => k.Id))));
        return (null, null);
    }

    /// <summary>The werkgroep's own spelling of a party typed in other letter case ("politie oost-nederland").</summary>
    private static string Party(KvuProject project, string typed) =>
        PlanParties.Of(project).FirstOrDefault(o => Same(o, typed)) ?? typed;

    /// <summary>
    /// A member of the werkgroep (or the projectleider or secretaris) named as the owner is that person, with her Teams
    /// account, so an AVG export or erasure finds her measures; anyone else is kept by name.
    /// </summary>
    private static PersonRef Owner(KvuProject project, string typed) => project.PersonNamed(typed) ?? new PersonRef(typed, null, null);

    private static bool Same(string? a, string b) => a is not null && string.Equals(Words.Squeeze(a), b, StringComparison.OrdinalIgnoreCase);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
