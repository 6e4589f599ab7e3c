using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Files;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Documents;

/// <summary>
/// The documents a gemeente files, asked for in the projectleider's own chat: <c>document</c> (a card with the four
/// documents and the report's period), <c>document voortgangsrapportage van 01-01-2026 tot 31-03-2026</c>,
/// <c>document plan van aanpak</c>, ... The bot writes the .docx from the project's data, says what is not filled in yet,
/// and gives it through <see cref="FileDelivery"/>. And the rhythm of the reports to B&amp;W: <c>rapportage elk kwartaal</c>,
/// <c>rapportage elke 6 maanden vanaf 01-07-2029</c>, <c>rapportage uit</c>. Only the projectleider and secretaris.
/// </summary>
public sealed partial class DocumentConversation(CycleProjects finder, DocumentReader reader, ProjectStore projects, ProjectAccessStore access, ReportingReminderStore reminders, PersonalChats chats, FileDelivery files, ILogger<DocumentConversation> logger)
    : IMessageFeature
{
    /// <summary>A report made up to four weeks before its date counts as that report (B&amp;W's agenda closes early).</summary>
    public const int ReportWindowDays = 28;

    public IReadOnlyCollection<string> Verbs { get; } = [DocumentVerbs.Prefix];

    public MessageRank? Rank(FlowInput input, UserConversation user) =>
        input.Data is null && (DocumentText.Words[DocumentWord.Document].StartText(Words.Squeeze(input.Text), out _)
            || DocumentText.Words[DocumentWord.Rhythm].StartText(Words.Squeeze(input.Text), out _))
            ? MessageRank.Command
            : null;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var culture = input.Culture;
        if (input.Verb == DocumentVerbs.Cancel)
        {
            return [new Reply(DocumentText.Get("Cancelled", culture)) { ReplacesClicked = true }];
        }

        var text = Words.Squeeze(input.Text);
        var typedDocument = input.Verb is null && DocumentText.Words[DocumentWord.Document].StartText(text, out var documentRest) ? documentRest : null;
        var typedRhythm = input.Verb is null && typedDocument is null && DocumentText.Words[DocumentWord.Rhythm].StartText(text, out var rhythmRest) ? rhythmRest : null;
        if (input.Verb is not (DocumentVerbs.Make or DocumentVerbs.Menu or DocumentVerbs.Report) && typedDocument is null && typedRhythm is null)
        {
            return null;
        }

        if (typedDocument is not null && DocumentText.Words[DocumentWord.Help].Matches(typedDocument))
        {
            return [Reply.Say(DocumentText.Get("Help", culture))];
        }

        var (project, manages, problem) = await finder.FindAsync(input, user, cancellationToken);
        if (input.Verb == DocumentVerbs.Make && input.Field(DocumentVerbs.ProjectField) is { Length: > 0 } named && named != project?.Id)
        {
            // The reporting reminder's card names its project: that one, not the active one, if she may manage it.
            manages = await access.MayManageAsync(input.User.TenantId, input.User.Key, named, cancellationToken);
            project = manages ? await projects.GetAsync(new ProjectKey(input.User.TenantId, named), cancellationToken) : project;
        }

        if (project is null)
        {
            return [problem ?? Reply.Say(CycleText.Get(CycleKeys.NoProject, culture))];
        }

        if (!manages)
        {
            return [Reply.Say(DocumentText.Get("NotManager", culture))];
        }

        var today = DutchTime.Date(input.Now);
        if (typedRhythm is not null)
        {
            return [await RhythmAsync(input, project, typedRhythm, today, cancellationToken)];
        }

        if (input.Verb == DocumentVerbs.Make)
        {
            if (!Enum.TryParse<DocumentKind>(input.Field(DocumentVerbs.KindField), out var chosen))
            {
                return [Reply.Say(DocumentText.Get("Help", culture))];
            }

            var from = Answers.Date(input.Field(DocumentVerbs.FromField), today);
            var to = Answers.Date(input.Field(DocumentVerbs.ToField), today);
            var period = from is null || to is null ? DefaultPeriod(project, today) : new DocumentPeriod(from.Value, to.Value);
            return await MakeAsync(input, project, chosen, period, today, cancellationToken);
        }

        if (input.Verb == DocumentVerbs.Report)
        {
            return await MakeAsync(input, project, DocumentKind.Voortgangsrapportage, DefaultPeriod(project, today), today, cancellationToken);
        }

        if (input.Verb == DocumentVerbs.Menu || typedDocument!.Length == 0)
        {
            return [Reply.Show(DocumentCard.Build(project, DefaultPeriod(project, today), culture))];
        }

        var kind = DocumentText.Kinds.Where(k => k.Words.StartText(typedDocument, out _)).Select(k => (DocumentKind?)k.Kind).FirstOrDefault();
        if (kind is null)
        {
            return [Reply.Say(DocumentText.Get("Help", culture))];
        }

        DocumentText.Kinds.First(k => k.Kind == kind).Words.StartText(typedDocument, out var periodText);
        var typedPeriod = periodText.Length == 0 ? DefaultPeriod(project, today) : ReadPeriod(periodText, today);
        return typedPeriod is null
            ? [Reply.Say(DocumentText.Format("PeriodUnreadable", culture, Typed(DocumentPeriod.LastQuarter(today))))]
            : await MakeAsync(input, project, kind.Value, typedPeriod, today, cancellationToken);
    }

    /// <summary>Since the last report when there was one, else the last full quarter.</summary>
    public static DocumentPeriod DefaultPeriod(KvuProject project, DateOnly today) =>
        project.Reporting?.LastReported is { } last && last < today ? new DocumentPeriod(last.AddDays(1), today) : DocumentPeriod.LastQuarter(today);

    private async Task<IReadOnlyList<Reply>> MakeAsync(FlowInput input, KvuProject project, DocumentKind kind, DocumentPeriod period, DateOnly today, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        if (input.Conversation.Kind != ConversationKind.Personal)
        {
            return [Reply.Say(FilesText.Get(FilesText.PersonalChatOnly, culture))];
        }

        if (PeriodProblem(period, today, culture) is { } problem)
        {
            return [Reply.Say(problem)];
        }

        await input.Working.ShowAsync(cancellationToken);
        if (kind == DocumentKind.Voortgangsrapportage)
        {
            // Making the report when it is due is what the reminder asks for: the next one moves a rhythm on.
            project = await projects.UpdateAsync(project.Key, p => p.MarkReported(today, ReportWindowDays, input.User.ToPerson(), input.Now), cancellationToken) ?? project;
            if (project.Reporting is not null)
            {
                await reminders.RememberAsync(project, cancellationToken); // a rhythm set before the reminder existed
            }
        }

        if (await reader.ReadAsync(project.TenantId, project.Id, input.Now, cancellationToken) is not { } facts)
        {
            return [Reply.Say(CycleText.Get(CycleKeys.NoProject, culture))];
        }

        var bytes = DocumentWriter.Write(kind, facts, period, facts.Project.Reporting?.NextDue);
        var name = DocumentWriter.FileName(kind, facts, period);
        logger.LogInformation("Wrote {Kind} of project {ProjectId}: {Bytes} bytes", kind, project.Id, bytes.Length);
        var said = DocumentText.Format("Made", culture, DocumentText.Name(kind, culture), $"{project.Gemeente} – {project.Uitgaansgebied}");
        var gaps = DocumentGaps.Of(kind, facts);
        if (gaps.Count > 0)
        {
            said += " " + DocumentText.Format("Missing", culture, string.Join(", ", gaps.Select(g => DocumentText.Get(g, culture))));
        }

        var offer = await files.OfferAsync(input, new FileOffer(name, DocumentWriter.ContentType, bytes, $"{DocumentText.Name(kind, culture)} – {project.Gemeente}, {project.Uitgaansgebied}"), cancellationToken);
        return [Reply.Say(said), offer];
    }

    private async Task<Reply> RhythmAsync(FlowInput input, KvuProject project, string rest, DateOnly today, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        var words = DocumentText.Words;
        if (rest.Length == 0)
        {
            return Reply.Say(project.Reporting is { } rhythm
                ? DocumentText.Format("Rhythm_Now", culture, rhythm.Months, Formation.Cards.CardParts.Date(rhythm.NextDue, culture),
                    rhythm.LastReported is { } last ? DocumentText.Format("Rhythm_Last", culture, Formation.Cards.CardParts.Date(last, culture)) : string.Empty)
                : DocumentText.Get("Rhythm_None", culture));
        }

        if (words[DocumentWord.Off].Matches(rest))
        {
            await projects.UpdateAsync(project.Key, p => p.StopReportingRhythm(input.User.ToPerson(), input.Now), cancellationToken);
            return Reply.Say(DocumentText.Get("Rhythm_Off", culture));
        }

        var (every, firstText) = SplitFrom(rest);
        int? months = words[DocumentWord.Quarter].Matches(every) ? 3
            : words[DocumentWord.HalfYear].Matches(every) ? 6
            : words[DocumentWord.Year].Matches(every) ? 12
            : MonthCount().Match(every) is { Success: true } m && int.TryParse(m.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) ? n
            : null;
        var first = firstText is null ? today.AddMonths(months ?? 0) : Answers.Date(firstText, today);
        if (months is not (>= 1 and <= KvuProject.MaxReportingMonths) || first is null || first < today)
        {
            return Reply.Say(DocumentText.Get("Rhythm_Usage", culture));
        }

        await projects.UpdateAsync(project.Key, p => p.SetReportingRhythm(months.Value, first.Value, input.User.ToPerson(), input.Now), cancellationToken);
        await reminders.RememberAsync(project, cancellationToken);
        if (input.Conversation.Kind == ConversationKind.Personal && input.Conversation.Id is { Length: > 0 } chat)
        {
            await chats.RememberAsync(input.User.TenantId, input.User.AadObjectId, chat, cancellationToken); // where the reminder goes
        }

        return Reply.Say(DocumentText.Format("Rhythm_Set", culture, months.Value, Formation.Cards.CardParts.Date(first.Value, culture)));
    }

    /// <summary>
    /// What is wrong with a period the report cannot cover (null: nothing), with a period it can cover to type instead:
    /// the report looks back, so no date of it lies after today ("sinds" a future date included), and it ends after it
    /// starts.
    /// </summary>
    private static string? PeriodProblem(DocumentPeriod period, DateOnly today, CultureInfo culture)
    {
        var (first, last) = period.From <= period.To ? (period.From, period.To) : (period.To, period.From);
        if (last > today)
        {
            var instead = first <= today ? new DocumentPeriod(first, today) : DocumentPeriod.LastQuarter(today);
            return DocumentText.Format("PeriodInFuture", culture, [Formation.Cards.CardParts.Date(today, culture), Formation.Cards.CardParts.Date(last, culture), .. Typed(instead)]);
        }

        return period.From > period.To
            ? DocumentText.Format("PeriodReversed", culture, [Formation.Cards.CardParts.Date(period.From, culture), Formation.Cards.CardParts.Date(period.To, culture), .. Typed(new DocumentPeriod(first, last))])
            : null;
    }

    /// <summary>A period's dates as the user types them ("01-07-2026"), for an example to copy.</summary>
    private static object[] Typed(DocumentPeriod period) => [Wording.ShortDate(period.From), Wording.ShortDate(period.To)];

    /// <summary>"van 01-01-2026 tot 31-03-2026", "sinds 01-01-2026" (until today), or null when it cannot be read.</summary>
    private static DocumentPeriod? ReadPeriod(string text, DateOnly today)
    {
        var (before, fromText) = SplitFrom(text);
        if (before.Length > 0 || fromText is null)
        {
            return null;
        }

        var toWord = DocumentText.Words[DocumentWord.To].All.FirstOrDefault(w => fromText.Contains($" {w} ", StringComparison.OrdinalIgnoreCase));
        var parts = toWord is null ? [fromText] : fromText.Split($" {toWord} ", 2, StringSplitOptions.TrimEntries);
        var from = Answers.Date(parts[0], today);
        var to = parts.Length > 1 ? Answers.Date(parts[1], today) : today;
        return from is null || to is null ? null : new DocumentPeriod(from.Value, to.Value);
    }

    /// <summary>Splits "elke 3 maanden vanaf 01-04-2029" at its from-word: ("elke 3 maanden", "01-04-2029").</summary>
    private static (string Before, string? After) SplitFrom(string text)
    {
        var padded = $" {text} ";
        foreach (var word in DocumentText.Words[DocumentWord.From].All)
        {
            var at = padded.IndexOf($" {word} ", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (padded[..at].Trim(), padded[(at + word.Length + 2)..].Trim());
            }
        }

        return (text.Trim(), null);
    }

    [GeneratedRegex(@"^(?:(?:elke|iedere|om de|every|per)\s+)?(?<n>\d{1,2})\s*(?:maanden|maand|months|month|mnd)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthCount();
}
