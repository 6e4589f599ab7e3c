using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Approvals;

/// <summary>
/// What the projectleider types to put something to the werkgroep (anywhere: the card is posted in the project's
/// linked channel): <c>voorleggen samenstelling|begrippen|probleemstelling|verwachtingen</c>, <c>begrip term = omschrijving</c>,
/// <c>probleemstelling tekst</c>; and reads or verifies the audit trail: <c>logboek</c>, <c>logboek controleren</c>
/// (<c>verify log</c>). The approval cards' buttons are <see cref="GroupDecisionActions"/>' (their Action.Submit
/// fallback too: the router turns it into the card action).
/// </summary>
public sealed class ApprovalConversation(DecisionViews actions, ApprovalStore approvals, ManagedProjects managed, WerkgroepChannelPost channelPost) : IMessageFeature
{
    /// <summary>The overview's "Wat nu" button when the next step is to put the composition to the werkgroep.</summary>
    public IReadOnlyCollection<string> Verbs { get; } = [FormationCommands.ProposeComposition];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken) => Parse(input) switch
    {
        _ when input.Verb == FormationCommands.ProposeComposition => await ProposeAsync(input, user, GroupDecisionKind.Samenstelling, cancellationToken),
        { What: Command.Propose, Kind: { } kind } => await ProposeAsync(input, user, kind, cancellationToken),
        { What: Command.Audit } => await AuditAsync(input, user, cancellationToken),
        { What: Command.VerifyAudit } => await VerifyAuditAsync(input, user, cancellationToken),
        { What: Command.Term } typed => await EditTermAsync(input, user, typed.Rest, cancellationToken),
        { What: Command.Problem } typed => await EditProblemAsync(input, user, typed.Rest, cancellationToken),
        _ => null,
    };

    private static Typed? Parse(FlowInput input)
    {
        if (input.TypedText is not { } text)
        {
            return null;
        }

        if (ApprovalText.Words[ApprovalWord.Propose].StartText(text, out var what))
        {
            GroupDecisionKind? kind = ApprovalText.Words[ApprovalWord.ProposeComposition].Matches(what) ? GroupDecisionKind.Samenstelling
                : ApprovalText.Words[ApprovalWord.ProposeTerms].Matches(what) ? GroupDecisionKind.Begrippenlijst
                : ApprovalText.Words[ApprovalWord.ProposeProblem].Matches(what) ? GroupDecisionKind.Probleemstelling
                : ApprovalText.Words[ApprovalWord.ProposeExpectations].Matches(what) ? GroupDecisionKind.Verwachtingen
                : null;
            if (kind is not null)
            {
                return new Typed(Command.Propose, string.Empty, kind);
            }
        }

        if (ApprovalText.Words[ApprovalWord.Audit].Matches(text))
        {
            return new Typed(Command.Audit, string.Empty);
        }

        if (ApprovalText.Words[ApprovalWord.VerifyAudit].Matches(text))
        {
            return new Typed(Command.VerifyAudit, string.Empty);
        }

        if (ApprovalText.Words[ApprovalWord.Term].StartText(text, out var term) && term.Length > 0)
        {
            return new Typed(Command.Term, term);
        }

        return ApprovalText.Words[ApprovalWord.Problem].StartText(text, out var statement) && statement.Length > 0 ? new Typed(Command.Problem, statement) : null;
    }

    private async Task<IReadOnlyList<Reply>> ProposeAsync(FlowInput input, UserConversation user, GroupDecisionKind kind, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var seats = DecisionContent.Seats(project);
        var voters = seats.Voters;
        if (voters.Count == 0)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NoVoters, input.Culture))];
        }

        var people = voters.Select(v => v.AadObjectId).Append(input.User.AadObjectId).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (people > GroupDecisionCard.MaxRefreshUsers)
        {
            return [Reply.Say(ApprovalText.Format(ApprovalText.TooManyVoters, input.Culture, people))];
        }

        // The begrippenlijst, the problem statement and the expectations come into being with their first term or text.
        var decision = await approvals.UpdateDecisionAsync(new ProjectKey(input.User.TenantId, project.Id), kind, d => d is null
            ? kind == GroupDecisionKind.Samenstelling ? New(project, kind, input, seats) : null
            : d.WithContent(kind == GroupDecisionKind.Samenstelling ? DecisionContent.Composition(project) : d.Items, seats, input.Now),
            DecisionContent.Fingerprint(project), Actor(input), cancellationToken);
        if (decision is null || decision.Items.Count == 0)
        {
            return [Reply.Say(ApprovalText.Get(kind switch
            {
                GroupDecisionKind.Begrippenlijst => ApprovalText.NoTerms,
                GroupDecisionKind.Verwachtingen => ApprovalText.NoExpectations,
                _ => ApprovalText.NoProblem,
            }, input.Culture))];
        }

        // Posting in the channel (and reaching every member's view) takes a moment: show that the bot is on it.
        await input.Working.ShowAsync(cancellationToken);

        // Posted as nobody's view in particular; Teams then fetches each member's own view through refresh.
        var card = await actions.ViewAsync(decision, null, false, null, false, input.Culture, cancellationToken);
        var posted = await channelPost.PostAsync(project, input, card, ApprovalText.Get($"Title_{kind}", input.Culture), cancellationToken);
        return decision.Unreachable.Count == 0
            ? posted
            : [.. posted, Reply.Say(ApprovalText.Format(ApprovalText.UnreachableAfterPropose, input.Culture,
                string.Join(", ", decision.Unreachable.Select(u => ApprovalText.Format($"Reason_{u.Reason}", input.Culture, u.DisplayName)))))];
    }

    /// <summary>The whole audit trail of the project for the projectleider: who (name and AAD object id), what, when, which version.</summary>
    private async Task<IReadOnlyList<Reply>> AuditAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken, toChange: false);
        return project is null
            ? [problem!]
            : [Reply.Say(AuditTrailReport.Log(await approvals.ReadTrailAsync(project.Id, cancellationToken), project, input.Culture))];
    }

    /// <summary>Verifies the project's audit trail (<see cref="AuditTrailCheck"/>) and says what was found.</summary>
    private async Task<IReadOnlyList<Reply>> VerifyAuditAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken, toChange: false);
        return project is null
            ? [problem!]
            : [Reply.Say(AuditTrailReport.Verdict(AuditTrailCheck.Verify(await approvals.ReadTrailAsync(project.Id, cancellationToken)), project, input.Culture))];
    }

    private async Task<IReadOnlyList<Reply>> EditTermAsync(FlowInput input, UserConversation user, string rest, CancellationToken cancellationToken)
    {
        var parts = rest.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.TermUsage, input.Culture))];
        }

        var term = UserText.Name(parts[0]);
        var tooLong = InputLimits.Length(term, InputLimits.Name, ApprovalText.Get(ApprovalText.Field_Term, input.Culture))
            ?? InputLimits.Length(parts[1], InputLimits.FreeText, ApprovalText.Get(ApprovalText.Field_Definition, input.Culture));
        if (tooLong is not null)
        {
            return [Reply.Say(tooLong.Message(input.Culture))];
        }

        // Every term is a line on the begrippenlijst's card, which every member sees in full.
        InputProblem? tooMany = null;
        var result = await EditAsync(input, user, GroupDecisionKind.Begrippenlijst, items =>
            {
                var edited = DecisionContent.WithTerm(items, term, parts[1]);
                tooMany = edited.Count > items.Count ? InputLimits.Count(edited.Count, InputLimits.ListItems, ApprovalText.Get(ApprovalText.Title_Begrippenlijst, input.Culture)) : null;
                return tooMany is null ? edited : items;
            },
            d => ApprovalText.Format(ApprovalText.TermSaved, input.Culture, term, d.Version), cancellationToken);
        return tooMany is null ? result : [Reply.Say(tooMany.Message(input.Culture))];
    }

    private Task<IReadOnlyList<Reply>> EditProblemAsync(FlowInput input, UserConversation user, string statement, CancellationToken cancellationToken)
    {
        if (statement.Length == 0)
        {
            return Task.FromResult<IReadOnlyList<Reply>>([Reply.Say(ApprovalText.Get(ApprovalText.ProblemUsage, input.Culture))]);
        }

        return InputLimits.Length(statement, InputLimits.FreeText, ApprovalText.Get(ApprovalText.Title_Probleemstelling, input.Culture)) is { } tooLong
            ? Task.FromResult<IReadOnlyList<Reply>>([Reply.Say(tooLong.Message(input.Culture))])
            : EditAsync(input, user, GroupDecisionKind.Probleemstelling, _ => [statement],
                d => ApprovalText.Format(ApprovalText.ProblemSaved, input.Culture, d.Version), cancellationToken);
    }

    /// <summary>Changes what is approved; a real change raises the version, so every earlier approval becomes outdated.</summary>
    private async Task<IReadOnlyList<Reply>> EditAsync(FlowInput input, UserConversation user, GroupDecisionKind kind, Func<IReadOnlyList<string>, IReadOnlyList<string>> edit, Func<GroupDecision, string> saved, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var seats = DecisionContent.Seats(project);
        var decision = await approvals.UpdateDecisionAsync(new ProjectKey(input.User.TenantId, project.Id), kind,
            d => (d ?? New(project, kind, input, seats) with { Version = 0 }).WithContent(edit(d?.Items ?? []), seats, input.Now),
            DecisionContent.Fingerprint(project), Actor(input), cancellationToken);
        if (decision is null)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NotFound, input.Culture))];
        }

        return [new Reply(saved(decision), await actions.ViewAsync(decision, input.User.AadObjectId, true, null, false, input.Culture, cancellationToken))];
    }

    private static DecisionActor Actor(FlowInput input) => new(input.User.AadObjectId, input.User.DisplayName);

    private static GroupDecision New(KvuProject project, GroupDecisionKind kind, FlowInput input, DecisionSeats seats) =>
        DecisionContent.NewDecision(project, kind, kind == GroupDecisionKind.Samenstelling ? DecisionContent.Composition(project) : [], seats, input.User.AadObjectId, input.Now);

    private enum Command
    {
        Propose,
        Audit,
        VerifyAudit,
        Term,
        Problem,
    }

    /// <summary>A typed approval command: which, the text after its words, and for a proposal what is put to the werkgroep.</summary>
    private sealed record Typed(Command What, string Rest, GroupDecisionKind? Kind = null);
}
