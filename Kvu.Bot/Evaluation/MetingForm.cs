using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// A meting as entered, field by field and not yet judged: from the form's inputs or from a typed
/// <c>meting ... = 3,8 op 01-03-2027; bron politie</c>. <see cref="Check"/> judges every field on its own, so the form
/// can say what is wrong next to each field and keep the rest of what was entered.
/// </summary>
public sealed record MetingForm(string? Indicator, string? Kind, string? Value, string? On, string? Source, string? Better)
{
    public static MetingForm Empty { get; } = new(null, null, null, null, null, null);

    /// <summary>The form's inputs as the card sent them (<see cref="MetingCard"/>'s field ids).</summary>
    public static MetingForm FromCard(Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new MetingForm(field(MetingCard.IndicatorField), field(MetingCard.KindField), field(MetingCard.ValueField),
            field(MetingCard.OnField), field(MetingCard.SourceField), field(MetingCard.BetterField));
    }

    /// <summary>
    /// "Incidenten per weekendnacht = 3,8 op 01-03-2027; bron politie; lager is beter": the indicator (its name or "i1"),
    /// the value, the date (today when left out), the source and which way is better, each part kept as typed.
    /// </summary>
    public static MetingForm Parse(string rest, MetingKind kind, DateOnly today)
    {
        var words = EvaluationText.Words;
        var parts = (rest ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var form = Empty with { Kind = kind.ToString() };
        if (parts.Length == 0)
        {
            return form;
        }

        var sides = parts[0].Split('=', 2, StringSplitOptions.TrimEntries);
        form = form with { Indicator = sides[0] };
        if (sides.Length == 2)
        {
            var valueAndDate = sides[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var at = Array.FindIndex(valueAndDate, w => words[EvaluationWord.On].Matches(w));
            form = form with
            {
                Value = string.Join(string.Empty, at < 0 ? valueAndDate : valueAndDate[..at]),
                On = at < 0 ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Join(' ', valueAndDate[(at + 1)..]),
            };
        }

        foreach (var part in parts.Skip(1))
        {
            if (words[EvaluationWord.LowerIsBetter].Matches(part))
            {
                form = form with { Better = nameof(IndicatorDirection.Lower) };
            }
            else if (words[EvaluationWord.HigherIsBetter].Matches(part))
            {
                form = form with { Better = nameof(IndicatorDirection.Higher) };
            }
            else
            {
                form = form with { Source = words[EvaluationWord.Source].StartText(part, out var source) ? source : part };
            }
        }

        return form;
    }

    /// <summary>The indicator this form names (its id or its name, case-insensitive), or null.</summary>
    public Indicator? FindIndicator(KvuProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var named = Words.Squeeze(Indicator);
        return named.Length == 0 ? null : project.Analysis.Indicators.FirstOrDefault(i =>
            string.Equals(i.Id, named, StringComparison.OrdinalIgnoreCase) || string.Equals(Words.Squeeze(i.Name), named, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every field judged on its own: the entry when all are right, else a problem per field id.</summary>
    public (MetingEntry? Entry, IReadOnlyDictionary<string, string> Problems) Check(KvuProject project, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var indicator = FindIndicator(project);
        if (indicator is null)
        {
            problems[MetingCard.IndicatorField] = string.IsNullOrWhiteSpace(Indicator)
                ? EvaluationText.Get(EvaluationKeys.ErrorIndicator, culture)
                : EvaluationText.Format(EvaluationKeys.ErrorIndicatorUnknown, culture, Words.Squeeze(Indicator));
        }

        var kind = Enum.TryParse<MetingKind>(Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : (MetingKind?)null;
        if (kind is null)
        {
            problems[MetingCard.KindField] = EvaluationText.Get(EvaluationKeys.ErrorKind, culture);
        }

        decimal? value = Cycle.AnalysisConversation.TryNumber(Words.Squeeze(Value).Replace(" ", string.Empty, StringComparison.Ordinal), out var v) ? v : null;
        if (value is null)
        {
            problems[MetingCard.ValueField] = EvaluationText.Get(EvaluationKeys.ErrorValue, culture);
        }

        var on = Answers.Date(On, today);
        if (on is null)
        {
            problems[MetingCard.OnField] = EvaluationText.Get(EvaluationKeys.ErrorOn, culture);
        }
        else if (on > today)
        {
            problems[MetingCard.OnField] = EvaluationText.Get(EvaluationKeys.ErrorOnFuture, culture);
        }
        else if (indicator is not null && on < indicator.BaselineOn)
        {
            problems[MetingCard.OnField] = EvaluationText.Format(EvaluationKeys.ErrorOnBeforeBaseline, culture, EvaluationText.Date(indicator.BaselineOn, culture));
        }

        var source = UserText.Name(Source);
        if (source.Length == 0)
        {
            problems[MetingCard.SourceField] = EvaluationText.Get(EvaluationKeys.ErrorSource, culture);
        }
        else if (source.Length > InputLimits.Name)
        {
            problems[MetingCard.SourceField] = EvaluationText.Format(EvaluationKeys.ErrorSourceTooLong, culture, InputLimits.Name);
        }

        IndicatorDirection? better = Enum.TryParse<IndicatorDirection>(Better, ignoreCase: true, out var b) && Enum.IsDefined(b) ? b : null;
        return problems.Count > 0
            ? (null, problems)
            : (new MetingEntry(indicator!, kind!.Value, value!.Value, on!.Value, source, better), problems);
    }
}
