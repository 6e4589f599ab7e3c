using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>
/// The Veiligheidsanalyse (nulmeting) as the werkgroep fills it in. The projectleider (or secretaris) enters the
/// kengetallen (<c>gebied inwoners: 2.300</c>), who delivers each source by when (<c>bron politie: Bureau Zwolle,
/// 15-04-2026</c>, <c>bron politie ontvangen</c>), the knelpunten (<c>knelpunt geweld: ...; bron politie</c>) and
/// the indicators with their baseline (<c>indicator Incidenten per weekendnacht = 4,5 op 01-03-2026</c>). Every
/// member enters what they saw on the schouw from their own chat (<c>bevinding nacht Grote Markt: ...</c>) and
/// everyone can read the analysis (<c>analyse</c>, <c>bevindingen</c>).
/// </summary>
public sealed class AnalysisConversation(CycleProjects finder, ProjectStore projects, FindingStore findings) : ProjectCommand<AnalysisConversation.Typed>(finder)
{
    /// <summary>Findings listed in one message; the card shows fewer, the store keeps them all.</summary>
    public const int MaxListed = 50;

    public override IReadOnlyCollection<string> Verbs { get; } = [CycleVerbs.Analysis];

    /// <summary>Everyone reads the analysis and enters what she saw on the schouw; the rest is the projectleider's.</summary>
    protected override bool ForEveryone(Typed command) => command.What is CycleWord.Analysis or CycleWord.Findings or CycleWord.Finding;

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, Typed command, CancellationToken cancellationToken)
    {
        var (project, culture) = (turn.Project, turn.Culture);
        switch (command.What)
        {
            case CycleWord.Analysis:
                return [Reply.Show(AnalysisCard.Build(project, await findings.ListAsync(project, cancellationToken), culture))];
            case CycleWord.Findings:
                return [Reply.Say(await FindingsTextAsync(project, culture, cancellationToken))];
            case CycleWord.Finding:
                return await AddFindingAsync(turn, command.Rest, cancellationToken);
        }

        var (change, saved, usage) = command.What switch
        {
            CycleWord.Area => Area(command.Rest, turn.By, turn.Now, culture),
            CycleWord.Source => Source(command.Rest, turn.By, turn.Now, culture),
            CycleWord.Knelpunt => Knelpunt(command.Rest, turn.By, turn.Now, culture),
            _ => Indicator(command.Rest, turn.By, turn.Now, culture),
        };
        if (change is null)
        {
            return [Reply.Say(CycleText.Get(usage, culture))];
        }

        await projects.UpdateAsync(project.Key, change, cancellationToken);
        return [Reply.Say(saved!)];
    }

    protected override Typed? Parse(FlowInput input)
    {
        if (input.Verb == CycleVerbs.Analysis)
        {
            return new Typed(CycleWord.Analysis, string.Empty);
        }

        if (input.TypedText is not { } text)
        {
            return null;
        }

        var words = CycleText.Words;
        foreach (var whole in new[] { CycleWord.Analysis, CycleWord.Findings })
        {
            if (words[whole].Matches(text))
            {
                return new Typed(whole, string.Empty);
            }
        }

        foreach (var started in new[] { CycleWord.Area, CycleWord.Source, CycleWord.Knelpunt, CycleWord.Indicator, CycleWord.Finding })
        {
            if (words[started].StartText(text, out var rest))
            {
                return new Typed(started, rest);
            }
        }

        return null;
    }

    /// <summary>"inwoners: 2.300".</summary>
    private static (Action<KvuProject>?, string?, string) Area(string rest, PersonRef by, DateTimeOffset now, CultureInfo culture)
    {
        if (!StartChoice<KengetalKind>(rest, out var kind, out var value) || value.Length == 0)
        {
            return (null, null, CycleKeys.AreaUsage);
        }

        return (p => p.SetKengetal(kind, UserText.Clean(value), by, now), CycleText.Format(CycleKeys.AreaSaved, culture, FormationText.Name(kind, culture), value), CycleKeys.AreaUsage);
    }

    /// <summary>"politie: Bureau Zwolle, 15-04-2026" or "politie ontvangen [datum]".</summary>
    private static (Action<KvuProject>?, string?, string) Source(string rest, PersonRef by, DateTimeOffset now, CultureInfo culture)
    {
        if (!StartChoice<SourceKind>(rest, out var kind, out var after))
        {
            return (null, null, CycleKeys.SourceUsage);
        }

        var today = DutchTime.Date(now);
        var name = FormationText.Name(kind, culture);
        if (CycleText.Words[CycleWord.Received].StartText(after, out var when))
        {
            var on = when.Length == 0 ? today : Answers.Date(when, today);
            return on is { } date
                ? (p => p.ReceiveSource(kind, date, by, now), CycleText.Format(CycleKeys.SourceReceivedSaved, culture, name, Formation.Cards.CardParts.Date(date, culture)), CycleKeys.SourceUsage)
                : (null, null, CycleKeys.SourceUsage);
        }

        var parts = after.Split(',', StringSplitOptions.TrimEntries);
        var who = parts.Length > 0 ? Answers.Name(parts[0]) : null;
        DateOnly? due = parts.Length > 1 ? Answers.Date(parts[^1], today) : null;
        if (who is null || (parts.Length > 1 && due is null))
        {
            return (null, null, CycleKeys.SourceUsage);
        }

        var by2 = due is { } d ? Formation.Cards.CardParts.Date(d, culture) : "–";
        return (p => p.PlanSource(kind, who, due, by, now), CycleText.Format(CycleKeys.SourceSaved, culture, name, who, by2), CycleKeys.SourceUsage);
    }

    /// <summary>"geweld: vechtpartijen bij sluitingstijd; bron politie".</summary>
    private static (Action<KvuProject>?, string?, string) Knelpunt(string rest, PersonRef by, DateTimeOffset now, CultureInfo culture)
    {
        var split = rest.LastIndexOf(';');
        if (!StartChoice<KnelpuntTheme>(rest, out var theme, out var after) || split < 0)
        {
            return (null, null, CycleKeys.KnelpuntUsage);
        }

        var cut = after.LastIndexOf(';');
        var text = UserText.Clean(after[..cut]).Trim();
        var sourcePart = after[(cut + 1)..].Trim();
        CycleText.Words[CycleWord.Source].StartText(sourcePart, out var sourceName);
        if (text.Length == 0 || !StartChoice<SourceKind>(sourceName.Length > 0 ? sourceName : sourcePart, out var source, out _))
        {
            return (null, null, CycleKeys.KnelpuntUsage);
        }

        return (p => p.AddKnelpunt(theme, text, source, by, now),
            CycleText.Format(CycleKeys.KnelpuntSaved, culture, FormationText.Name(theme, culture), FormationText.Name(source, culture)), CycleKeys.KnelpuntUsage);
    }

    /// <summary>"Incidenten per weekendnacht = 4,5 op 01-03-2026".</summary>
    private static (Action<KvuProject>?, string?, string) Indicator(string rest, PersonRef by, DateTimeOffset now, CultureInfo culture)
    {
        var parts = rest.Split('=', 2, StringSplitOptions.TrimEntries);
        var name = parts.Length == 2 ? Answers.Name(parts[0]) : null;
        if (name is null)
        {
            return (null, null, CycleKeys.IndicatorUsage);
        }

        var valueAndDate = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var on = CycleText.Words[CycleWord.On];
        var at = Array.FindIndex(valueAndDate, w => on.Matches(w));
        var today = DutchTime.Date(now);
        DateOnly? date = at < 0 ? today : Answers.Date(string.Join(' ', valueAndDate[(at + 1)..]), today);
        var number = string.Join(string.Empty, at < 0 ? valueAndDate : valueAndDate[..at]);
        if (date is not { } baselineOn || !TryNumber(number, out var baseline))
        {
            return (null, null, CycleKeys.IndicatorUsage);
        }

        return (p => p.SetIndicator(name, baseline, baselineOn, by, now),
            CycleText.Format(CycleKeys.IndicatorSaved, culture, name, baseline, Formation.Cards.CardParts.Date(baselineOn, culture)), CycleKeys.IndicatorUsage);
    }

    /// <summary>"nacht Grote Markt: glasscherven na sluitingstijd", by any member of the werkgroep.</summary>
    private async Task<IReadOnlyList<Reply>> AddFindingAsync(ProjectTurn turn, string rest, CancellationToken cancellationToken)
    {
        var (project, culture) = (turn.Project, turn.Culture);
        var colon = rest.IndexOf(':');
        if (!StartChoice<DayPart>(rest, out var when, out var after) || colon < 0 || (colon = after.IndexOf(':')) < 0)
        {
            return [Reply.Say(CycleText.Get(CycleKeys.FindingUsage, culture))];
        }

        var place = Answers.Name(after[..colon]);
        var seen = UserText.Clean(after[(colon + 1)..]).Trim();
        if (place is null || seen.Length == 0)
        {
            return [Reply.Say(CycleText.Get(CycleKeys.FindingUsage, culture))];
        }

        if (InputLimits.Length(seen, InputLimits.Comment, CycleText.Get(CycleKeys.SchouwHeading, culture)) is { } tooLong)
        {
            return [Reply.Say(tooLong.Message(culture))];
        }

        // The number comes from the project's counter (saved under its ETag, so two members at once get two numbers);
        // the finding is then a row of its own.
        var id = string.Empty;
        await projects.UpdateAsync(project.Key, p => id = p.CountFinding(when, turn.By, turn.Now), cancellationToken);
        await findings.AddAsync(new SchouwFinding(project.Id, id, when, place, seen, turn.By, turn.Now), cancellationToken);
        return [Reply.Say(CycleText.Format(CycleKeys.FindingSaved, culture, id, FormationText.Name(when, culture), place))];
    }

    private async Task<string> FindingsTextAsync(KvuProject project, CultureInfo culture, CancellationToken cancellationToken)
    {
        var all = await findings.ListAsync(project, cancellationToken);
        if (all.Count == 0)
        {
            return CycleText.Get(CycleKeys.NoFindings, culture);
        }

        var lines = all.TakeLast(MaxListed).Select(f => "- " + AnalysisCard.FindingLine(f, culture));
        var text = CycleText.Format(CycleKeys.FindingsTitle, culture, project.Gemeente, project.Uitgaansgebied, project.Analysis.FindingsByDay, project.Analysis.FindingsByNight)
            + "\n\n" + string.Join("\n", lines);
        return all.Count > MaxListed ? text + "\n\n" + CycleText.Format(CycleKeys.FindingsMore, culture, all.Count - MaxListed) : text;
    }

    /// <summary>The value of <typeparamref name="TEnum"/> whose words begin <paramref name="text"/> (the longest such word wins).</summary>
    private static bool StartChoice<TEnum>(string text, out TEnum value, out string rest)
        where TEnum : struct, Enum
    {
        value = default;
        rest = string.Empty;
        var found = false;
        foreach (var (candidate, words) in CycleText.Choices<TEnum>())
        {
            if (words.StartText(text, out var after) && (!found || after.Length < rest.Length))
            {
                (value, rest, found) = (candidate, after, true);
            }
        }

        return found;
    }

    /// <summary>"4,5" (Dutch) or "4.5"; a number with both marks is read the Dutch way ("1.234,5").</summary>
    internal static bool TryNumber(string text, out decimal value)
    {
        var normalized = text.Contains(',') ? text.Replace(".", string.Empty).Replace(',', '.') : text;
        return decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Which part of the analysis and what follows its word.</summary>
    public sealed record Typed(CycleWord What, string Rest);
}
