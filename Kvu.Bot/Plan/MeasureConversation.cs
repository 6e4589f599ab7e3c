using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Plan;

/// <summary>
/// The measures of the plan van aanpak. The projectleider (or secretaris) enters one on a card (<c>maatregel</c>) or
/// typed in one message (<c>maatregel Cameratoezicht Grote Markt; doel d1; partij Gemeente Zwolle; eigenaar Jan de
/// Boer; start 01-01-2027; eind 31-12-2027; beslismoment 01-07-2027; beslisser burgemeester; budget 25.000</c>);
/// whatever is wrong comes back per part on the card with everything else still filled in. <c>maatregel mr3</c> opens
/// a measure to change it, <c>maatregel help</c> explains the parts, and everyone in the werkgroep reads
/// <c>maatregelen</c>: the measures per goal and knelpunt. A change to a plan already put to the werkgroep gives it a new version.
/// </summary>
public sealed class MeasureConversation(CycleProjects finder, ProjectStore projects, MeasureStore measures, PlanDecision plan) : ProjectCommand<MeasureConversation.Typed>(finder)
{
    /// <summary>Characters of a measure's title in the list; the card and the store have it whole.</summary>
    public const int MaxTitleListed = 100;

    /// <summary>What the measure commands do.</summary>
    public enum Command
    {
        New,
        Help,
        Cancel,
        List,
        Open,
        Save,
        Typed,
    }

    public override IReadOnlyCollection<string> Verbs { get; } = [PlanVerbs.MeasureNew, PlanVerbs.MeasureSave, PlanVerbs.MeasureCancel, PlanVerbs.Measures];

    protected override IReadOnlyList<Reply>? Answer(Typed command, CultureInfo culture)
    {
        if (command.What == Command.Help)
        {
            return [Reply.Say(PlanText.Get(PlanKeys.MeasureHelp, culture))];
        }

        if (command.What != Command.Cancel)
        {
            return null;
        }

        var title = PlanText.Get(PlanKeys.CardTitleNew, culture);
        return [Reply.ReplaceClicked(MeasureCard.Done(title, PlanText.Get(PlanKeys.Cancelled, culture), saved: false)), Reply.Say(PlanText.Get(PlanKeys.Cancelled, culture))];
    }

    protected override bool ForEveryone(Typed command) => command.What == Command.List;

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, Typed command, CancellationToken cancellationToken)
    {
        var (project, culture, input) = (turn.Project, turn.Culture, turn.Input);
        switch (command.What)
        {
            case Command.List:
                return [Reply.Say(List(project, await measures.ListAsync(project, cancellationToken), culture))];
            case Command.New:
                return [Reply.Show(MeasureCard.Build(project, MeasureForm.Empty, new Dictionary<MeasureField, string>(), culture))];
            case Command.Open:
                return await measures.GetAsync(project, command.MeasureId!, cancellationToken) is { } stored
                    ? [Reply.Show(MeasureCard.Build(project, MeasureForm.From(stored, culture), new Dictionary<MeasureField, string>(), culture))]
                    : [Reply.Say(PlanText.Format(PlanKeys.MeasureUnknown, culture, command.MeasureId))];
        }

        var form = command.What == Command.Save ? MeasureForm.FromCard(input) : command.Form!;
        var check = form.Check(project, DutchTime.Date(input.Now), culture);
        if (check.Valid is not { } values || command.Unknown.Count > 0)
        {
            var said = command.Unknown.Count > 0
                ? PlanText.Format(PlanKeys.TypedNotUnderstood, culture, string.Join("; ", command.Unknown))
                : PlanText.Format(PlanKeys.NotSavedYet, culture, string.Join(", ", check.Errors.Keys.Order().Select(f => PlanText.Label(f, culture))));
            return [Reply.Say(said), Reply.Show(MeasureCard.Build(project, form, check.Errors, culture))];
        }

        return await SaveAsync(input, project, form.MeasureId, values, cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> SaveAsync(FlowInput input, KvuProject project, string? measureId, MeasureValues values, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        var by = input.User.ToPerson();
        Measure? saved;
        try
        {
            if (measureId is null)
            {
                // The number comes from the project's counter (saved under its ETag, so two at once get two numbers);
                // the measure is then a row of its own.
                var id = string.Empty;
                await projects.UpdateAsync(project.Key, p => id = p.CountMeasure(values.Title, by, input.Now), cancellationToken);
                saved = values.ToMeasure(project.Id, id, by, input.Now);
                await measures.AddAsync(project, saved, cancellationToken);
            }
            else
            {
                if (await measures.GetAsync(project, measureId, cancellationToken) is not { } stored)
                {
                    return [Reply.Say(PlanText.Format(PlanKeys.MeasureUnknown, culture, measureId))];
                }

                await projects.UpdateAsync(project.Key, p => p.RecordMeasureChange(stored.Id, values.Title, by, input.Now), cancellationToken);
                saved = await measures.UpdateAsync(project, stored.Id, m => values.ToMeasure(project.Id, m.Id, by, input.Now), cancellationToken);
            }
        }
        catch (StorageConflictException)
        {
            return [Reply.Say(PlanText.Get(PlanKeys.SaveConflict, culture))];
        }

        if (saved is null)
        {
            return [Reply.Say(PlanText.Format(PlanKeys.MeasureUnknown, culture, measureId))];
        }

        await plan.ChangedAsync(project, input.Now, cancellationToken);

        var line = PlanText.Format(measureId is null ? PlanKeys.MeasureSaved : PlanKeys.MeasureChanged, culture, saved.Id, saved.Title, ForName(project, saved, culture), Describe(saved, culture));
        var title = measureId is null ? PlanText.Get(PlanKeys.CardTitleNew, culture) : PlanText.Format(PlanKeys.CardTitleChange, culture, measureId);
        return [Reply.ReplaceClicked(MeasureCard.Done(title, line, saved: true)), Reply.Say(line)];
    }

    /// <summary>The measures grouped under the goal or knelpunt they serve, in the plan's order; goals without one are named.</summary>
    private static string List(KvuProject project, IReadOnlyList<Measure> all, CultureInfo culture)
    {
        if (all.Count == 0)
        {
            return PlanText.Get(PlanKeys.NoMeasures, culture);
        }

        var text = new StringBuilder(PlanText.Format(PlanKeys.MeasuresTitle, culture, project.Gemeente, project.Uitgaansgebied, all.Count));
        var groups = project.Goals.Select(g => (Id: g.Id, Name: PlanText.Format(PlanKeys.ForGoal, culture, g.Id, g.Text)))
            .Concat(project.Analysis.Knelpunten.Select(k => (Id: k.Id, Name: PlanText.Format(PlanKeys.ForKnelpunt, culture, k.Id, FormationText.Name(k.Theme, culture), k.Text))));
        foreach (var (id, name) in groups)
        {
            var mine = all.Where(m => m.For == id).ToList();
            if (mine.Count == 0 && id.StartsWith('k'))
            {
                continue;
            }

            text.Append("\n\n**").Append(name).Append("**");
            if (mine.Count == 0)
            {
                text.Append("\n- ").Append(PlanText.Get(PlanKeys.GoalWithoutMeasure, culture));
            }

            foreach (var measure in mine)
            {
                text.Append("\n- ").Append(Line(measure, culture));
            }
        }

        return text.ToString();
    }

    public static string Line(Measure measure, CultureInfo culture) =>
        $"{measure.Id} {UserText.Cut(measure.Title, MaxTitleListed)}: {Describe(measure, culture)}";

    /// <summary>"Gemeente Zwolle (Jan de Boer), 1 januari 2027 – 31 december 2027, beslismoment 1 juli 2027 (burgemeester), budget € 25.000".</summary>
    public static string Describe(Measure measure, CultureInfo culture)
    {
        var text = PlanText.Format(PlanKeys.MeasureDetails, culture, measure.Party, measure.Owner.DisplayName, CardParts.Date(measure.Start, culture),
            CardParts.Date(measure.End, culture), CardParts.Date(measure.Beslismoment, culture), measure.Decider);
        return measure.Budget is { } budget ? text + PlanText.Format(PlanKeys.MeasureBudget, culture, Money.Format(budget, culture)) : text;
    }

    private static string ForName(KvuProject project, Measure measure, CultureInfo culture) =>
        project.Goals.FirstOrDefault(g => g.Id == measure.GoalId) is { } goal
            ? PlanText.Format(PlanKeys.ForGoal, culture, goal.Id, goal.Text)
            : project.Analysis.Knelpunten.FirstOrDefault(k => k.Id == measure.KnelpuntId) is { } knelpunt
                ? PlanText.Format(PlanKeys.ForKnelpunt, culture, knelpunt.Id, FormationText.Name(knelpunt.Theme, culture), knelpunt.Text)
                : measure.For;

    protected override Typed? Parse(FlowInput input) => input.Verb switch
    {
        PlanVerbs.MeasureNew => new Typed(Command.New),
        PlanVerbs.MeasureSave => new Typed(Command.Save),
        PlanVerbs.MeasureCancel => new Typed(Command.Cancel),
        PlanVerbs.Measures => new Typed(Command.List),
        _ => input.TypedText is { } text ? FromText(input, text) : null,
    };

    private static Typed? FromText(FlowInput input, string text)
    {
        if (PlanText.Words[PlanWord.Measures].Matches(text))
        {
            return new Typed(Command.List);
        }

        if (!PlanText.Words[PlanWord.Measure].StartText(input.Text, out var rest))
        {
            return null;
        }

        if (rest.Length == 0)
        {
            return new Typed(Command.New);
        }

        if (PlanText.Words[PlanWord.Help].Matches(rest))
        {
            return new Typed(Command.Help);
        }

        if (MeasureStore.Number(rest.Trim()) is not null)
        {
            return new Typed(Command.Open, MeasureId: rest.Trim().ToLowerInvariant());
        }

        var (form, unknown) = Read(rest, DutchTime.Date(input.Now));
        return new Typed(Command.Typed, Form: form, Unknown: unknown);
    }

    /// <summary>
    /// "Cameratoezicht; doel d1; partij Gemeente Zwolle; ...": the title first, then each part after the word that
    /// names it, in any order. Typed dates go to the card as its date fields take them. Parts no word names are returned.
    /// </summary>
    private static (MeasureForm Form, IReadOnlyList<string> Unknown) Read(string rest, DateOnly today)
    {
        var values = new Dictionary<MeasureField, string>();
        var unknown = new List<string>();
        var parts = rest.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i == 0)
            {
                // The title comes first, always: "Tot sluitingstijd toezicht" must not be read as an end date.
                values[MeasureField.Title] = PlanText.FieldWords[(int)MeasureField.Title].Words.StartText(parts[i], out var title) ? title : parts[i];
                continue;
            }

            var named = PlanText.FieldWords
                .Select(f => (f.Field, Found: f.Words.StartText(parts[i], out var value), Value: value))
                .Where(f => f.Found && f.Field != MeasureField.Title)
                .OrderBy(f => f.Value.Length)
                .FirstOrDefault();
            if (!named.Found)
            {
                unknown.Add(parts[i]);
                continue;
            }

            values[named.Field] = named.Field is MeasureField.Start or MeasureField.End or MeasureField.Beslismoment && Answers.Date(named.Value, today) is { } date
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : named.Value;
        }

        return (new MeasureForm(null, values), unknown);
    }

    /// <summary>The command, and what it names.</summary>
    public sealed record Typed(Command What, string? MeasureId = null, MeasureForm? Form = null, IReadOnlyList<string>? Unknown = null)
    {
        public IReadOnlyList<string> Unknown { get; init; } = Unknown ?? [];
    }
}
