using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Privacy;

/// <summary>
/// The AVG in the projectleider's own chat, for the projects she manages: <c>avg export</c> / <c>gdpr export</c>
/// <i>name or e-mail</i> (a download link to everything kept about that person), <c>avg verwijder</c> /
/// <c>gdpr erase</c> <i>name or e-mail</i> (after a confirmation card: the person replaced by "verwijderd lid"), and
/// <c>project archiveren</c> / <c>archive project</c> (after a confirmation card: read-only, deleted after the retention
/// period). Everything is checked again when the card's button is pressed: the card is only a question.
/// </summary>
public sealed class PrivacyConversation(
    PersonalDataService personalData,
    PersonDirectory directory,
    PersonalDataScopes scopes,
    ProjectArchiving archiving,
    ProjectStore projects,
    ProjectAccessStore access,
    ExportLinks links,
    PublicAddress address,
    IOptions<PrivacyOptions> options) : IMessageFeature
{
    public IReadOnlyCollection<string> Verbs => PrivacyCommands.Verbs;

    /// <summary>A command, also in the middle of a guided flow: the flow's question is still open afterwards.</summary>
    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var command = Parse(input);
        if (command is null)
        {
            return null;
        }

        var culture = input.Culture;
        if (input.Conversation.Kind != ConversationKind.Personal)
        {
            return [Say(PrivacyText.PersonalOnly, culture)];
        }

        return command.Verb switch
        {
            Verb.Help => [Reply.Say(PrivacyText.Format(PrivacyText.Help, culture, PrivacyText.Duration(options.Value.RetentionAfterArchive, culture)))],
            Verb.Cancel => [Say(PrivacyText.Cancelled, culture)],
            Verb.Export => await ExportAsync(input, command.Argument, cancellationToken),
            Verb.AskErase => await AskEraseAsync(input, command.Argument, cancellationToken),
            Verb.Erase => await EraseAsync(input, command.Argument, cancellationToken),
            Verb.AskArchive => await AskArchiveAsync(input, user, cancellationToken),
            _ => await ArchiveAsync(input, command.Argument, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<Reply>> ExportAsync(FlowInput input, string key, CancellationToken cancellationToken)
    {
        var (scope, subject, problem) = await FindAsync(input, key, toErase: false, cancellationToken);
        if (problem is not null)
        {
            return [problem];
        }

        var token = links.Create(input.User.TenantId, input.User.AadObjectId, key);
        var url = address.Url(ExportLinks.Path.Replace("{token}", token, StringComparison.Ordinal));
        return [Reply.Say(PrivacyText.Format(PrivacyText.ExportReady, input.Culture, Name(subject!, key), url, (int)links.Lifetime.TotalMinutes))];
    }

    private async Task<IReadOnlyList<Reply>> AskEraseAsync(FlowInput input, string key, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        var (scope, subject, problem) = await FindAsync(input, key, toErase: true, cancellationToken);
        if (problem is not null)
        {
            return [problem];
        }

        var counts = PersonalDataExport.Counts(await personalData.ExportAsync(subject!, scope!, cancellationToken));
        var rows = string.Join(", ", counts.Select(c => PrivacyText.Format(PrivacyText.EraseRows, culture, c.Key, c.Value)));
        var who = string.Join(", ", subject!.Names.Take(1).Concat(subject.Emails));
        return [Reply.Show(ConfirmationCard.Build(
            PrivacyText.Format(PrivacyText.EraseTitle, culture, Name(subject, key)),
            PrivacyText.Format(PrivacyText.EraseBody, culture, who, rows),
            PrivacyText.Get(PrivacyText.EraseButton, culture),
            CardVerb.With(new JsonObject { [PrivacyCommands.PersonField] = key }, PrivacyCommands.EraseVerb),
            PrivacyText.Get(PrivacyText.CancelButton, culture)))];
    }

    private async Task<IReadOnlyList<Reply>> EraseAsync(FlowInput input, string key, CancellationToken cancellationToken)
    {
        // Asked again: the card may be old, and its data is only a question.
        var (scope, subject, problem) = await FindAsync(input, key, toErase: true, cancellationToken);
        if (problem is not null)
        {
            return [problem];
        }

        var (_, rows) = await personalData.EraseAsync(scope!, key, cancellationToken);
        return [Reply.Say(PrivacyText.Format(PrivacyText.Erased, input.Culture, Name(subject!, key), rows))];
    }

    /// <summary>
    /// The projects the user manages and the one person <paramref name="key"/> stands for there; a reply instead when
    /// she manages none, gave nobody, or the key fits nobody or several people (or herself, to erase).
    /// </summary>
    private async Task<(PersonalDataScope? Scope, DataSubject? Subject, Reply? Problem)> FindAsync(FlowInput input, string key, bool toErase, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        if (key.Length == 0)
        {
            return (null, null, Say(PrivacyText.KeyMissing, culture));
        }

        var scope = await scopes.ManagedByAsync(input.User.TenantId, input.User.AadObjectId, cancellationToken);
        if (scope.ProjectIds.Count == 0)
        {
            return (null, null, Say(PrivacyText.NotAllowed, culture));
        }

        var lookup = await directory.FindAsync(scope, key, cancellationToken);
        if (lookup.Subject is not { } subject)
        {
            return (null, null, Reply.Say(PrivacyText.NotOnePerson(lookup, key, PrivacyText.ScopeProjects, culture)));
        }

        // Erasing herself would take her own access away halfway: that is for the administrator.
        return toErase && subject.HasAadObjectId(input.User.AadObjectId)
            ? (null, null, Say(PrivacyText.CannotEraseSelf, culture))
            : (scope, subject, null);
    }

    private async Task<IReadOnlyList<Reply>> AskArchiveAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        var projectId = await access.ActiveOrLatestAsync(input.User.TenantId, input.User.Key, user.ActiveProjectId, cancellationToken);
        var (project, problem) = await ManagedAsync(input, projectId, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var name = $"{project.Gemeente} – {project.Uitgaansgebied}";
        if (project.ArchivedAt is { } archivedAt)
        {
            return [Reply.Say(PrivacyText.Format(PrivacyText.AlreadyArchived, culture, name, DeletionDate(archivedAt, culture)))];
        }

        return [Reply.Show(ConfirmationCard.Build(
            PrivacyText.Format(PrivacyText.ArchiveTitle, culture, name),
            PrivacyText.Format(PrivacyText.ArchiveBody, culture, PrivacyText.Duration(options.Value.RetentionAfterArchive, culture), DeletionDate(input.Now, culture)),
            PrivacyText.Get(PrivacyText.ArchiveButton, culture),
            CardVerb.With(new JsonObject { [PrivacyCommands.ProjectField] = project.Id }, PrivacyCommands.ArchiveVerb),
            PrivacyText.Get(PrivacyText.CancelButton, culture)))];
    }

    private async Task<IReadOnlyList<Reply>> ArchiveAsync(FlowInput input, string projectId, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        var (project, problem) = await ManagedAsync(input, projectId, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var by = input.User.ToPerson();
        if (await archiving.ArchiveAsync(input.User.TenantId, project.Id, by, input.Now, cancellationToken) is not { } archived)
        {
            return [Say(PrivacyText.NoProject, culture)];
        }

        var name = $"{archived.Project.Gemeente} – {archived.Project.Uitgaansgebied}";
        return [Reply.Say(PrivacyText.Format(archived.Before ? PrivacyText.AlreadyArchived : PrivacyText.Archived, culture, name, DeletionDate(archived.Project.ArchivedAt!.Value, culture)))];
    }

    private async Task<(KvuProject? Project, Reply? Problem)> ManagedAsync(FlowInput input, string? projectId, CancellationToken cancellationToken)
    {
        if (projectId is null || await projects.GetAsync(new ProjectKey(input.User.TenantId, projectId), cancellationToken) is not { } project)
        {
            return (null, Say(PrivacyText.NoProject, input.Culture));
        }

        return await access.MayManageAsync(input.User.TenantId, input.User.Key, project.Id, cancellationToken)
            ? (project, null)
            : (null, Say(PrivacyText.NotAllowed, input.Culture));
    }

    private string DeletionDate(DateTimeOffset archivedAt, CultureInfo culture) =>
        (archivedAt + options.Value.RetentionAfterArchive).ToString("d MMMM yyyy", ReaderCulture.For(culture));

    private static string Name(DataSubject subject, string key) => subject.Names.FirstOrDefault() ?? key;

    private static Reply Say(string key, CultureInfo culture) => Reply.Say(PrivacyText.Get(key, culture));

    private static Command? Parse(FlowInput input)
    {
        if (input.Data is not null)
        {
            return input.Verb switch
            {
                PrivacyCommands.EraseVerb => new Command(Verb.Erase, input.Field(PrivacyCommands.PersonField) ?? string.Empty),
                PrivacyCommands.ArchiveVerb => new Command(Verb.Archive, input.Field(PrivacyCommands.ProjectField) ?? string.Empty),
                PrivacyCommands.CancelVerb => new Command(Verb.Cancel, string.Empty),
                _ => null,
            };
        }

        if (PrivacyText.Words[PrivacyWord.Archive].Matches(input.Text))
        {
            return new Command(Verb.AskArchive, string.Empty);
        }

        if (!PrivacyText.Words[PrivacyWord.Privacy].StartText(input.Text, out var rest))
        {
            return null;
        }

        return rest.Length == 0 ? new Command(Verb.Help, string.Empty)
            : PrivacyText.Words[PrivacyWord.Export].StartText(rest, out var exported) ? new Command(Verb.Export, Words.Squeeze(exported))
            : PrivacyText.Words[PrivacyWord.Erase].StartText(rest, out var erased) ? new Command(Verb.AskErase, Words.Squeeze(erased))
            : null;
    }

    private enum Verb
    {
        Help,
        Cancel,
        Export,
        AskErase,
        Erase,
        AskArchive,
        Archive,
    }

    private sealed record Command(Verb Verb, string Argument);
}
