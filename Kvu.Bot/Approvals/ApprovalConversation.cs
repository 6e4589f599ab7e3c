using System.Text.RegularExpressions;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Localization;

namespace Kvu.Bot.Approvals;

/// <summary>
/// What the projectleider types to put something to the werkgroep (anywhere: the card is posted in the project's
/// linked channel): <c>voorleggen samenstelling|begrippen|probleemstelling|verwachtingen</c>, <c>begrip term = omschrijving</c>,
/// <c>probleemstelling tekst</c>, and reads or verifies the audit trail: <c>logboek</c>, <c>logboek controleren</c>
/// (<c>verify log</c>). Also takes the Action.Submit fallback of the approval cards from Teams clients
/// without Universal Actions, and answers it with the clicker's view as a new message.
/// </summary>
public sealed partial class ApprovalConversation(DecisionViews actions, IEnumerable<ICardActionFeature> cardActions, ApprovalStore approvals, ManagedProjects managed, WerkgroepChannelPost channelPost) : IMessageFeature
{
    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (input.Field(ApprovalVerbs.VerbField) is { } verb)
        {
            var action = new CardInvoke(verb, input.Data!, input.User, input.Culture, input.Now, input.Conversation);
            foreach (var feature in cardActions)
            {
                if (await feature.HandleAsync(action, cancellationToken) is { } card)
                {
                    return [Reply.Show(card)];
                }
            }

            return null;
        }

        if (input.Data is not null)
        {
            return null;
        }

        var text = Whitespace().Replace(input.Text.Trim(), " ");
        var propose = Propose().Match(text);
        if (propose.Success)
        {
            var kind = propose.Groups["what"].Value.ToLowerInvariant() switch
            {
                "samenstelling" or "werkgroep" or "composition" => GroupDecisionKind.Samenstelling,
                "begrippen" or "begrippenlijst" or "terms" or "glossary" => GroupDecisionKind.Begrippenlijst,
                "verwachtingen" or "expectations" => GroupDecisionKind.Verwachtingen,
                _ => GroupDecisionKind.Probleemstelling,
            };
            return await ProposeAsync(input, user, kind, cancellationToken);
        }

        if (text.Equals("logboek", StringComparison.OrdinalIgnoreCase) || text.Equals("audit", StringComparison.OrdinalIgnoreCase))
        {
            return await AuditAsync(input, user, cancellationToken);
        }

        if (VerifyCommand().IsMatch(text))
        {
            return await VerifyAuditAsync(input, user, cancellationToken);
        }

        var term = TermCommand().Match(text);
        if (term.Success)
        {
            return await EditTermAsync(input, user, term.Groups["rest"].Value, cancellationToken);
        }

        var problem = ProblemCommand().Match(text);
        return problem.Success ? await EditProblemAsync(input, user, problem.Groups["rest"].Value.Trim(), cancellationToken) : null;
    }

    private async Task<IReadOnlyList<Reply>> ProposeAsync(FlowInput input, UserConversation user, GroupDecisionKind kind, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var voters = DecisionContent.Voters(project);
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
        var decision = await approvals.UpdateDecisionAsync(input.User.TenantId, project.Id, kind, d => d is null
            ? kind == GroupDecisionKind.Samenstelling ? New(project, kind, input, voters) : null
            : d.WithContent(kind == GroupDecisionKind.Samenstelling ? DecisionContent.Composition(project) : d.Items, voters, input.Now),
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

        // Posted as nobody's view in particular; Teams then fetches each member's own view through refresh.
        var card = await actions.ViewAsync(decision, null, false, null, false, input.Culture, cancellationToken);
        return await channelPost.PostAsync(project, input, card, ApprovalText.Get($"Title_{kind}", input.Culture), cancellationToken);
    }

    /// <summary>The whole audit trail of the project for the projectleider: who (name and AAD object id), what, when, which version.</summary>
    private async Task<IReadOnlyList<Reply>> AuditAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        return project is null
            ? [problem!]
            : [Reply.Say(AuditTrailReport.Log(await approvals.ReadTrailAsync(project.Id, cancellationToken), project, input.Culture))];
    }

    /// <summary>Verifies the project's audit trail (<see cref="AuditTrailCheck"/>) and says what was found.</summary>
    private async Task<IReadOnlyList<Reply>> VerifyAuditAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
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

        return await EditAsync(input, user, GroupDecisionKind.Begrippenlijst, items => DecisionContent.WithTerm(items, parts[0], parts[1]),
            d => ApprovalText.Format(ApprovalText.TermSaved, input.Culture, parts[0], d.Version), cancellationToken);
    }

    private Task<IReadOnlyList<Reply>> EditProblemAsync(FlowInput input, UserConversation user, string statement, CancellationToken cancellationToken) =>
        statement.Length == 0
            ? Task.FromResult<IReadOnlyList<Reply>>([Reply.Say(ApprovalText.Get(ApprovalText.ProblemUsage, input.Culture))])
            : EditAsync(input, user, GroupDecisionKind.Probleemstelling, _ => [statement],
                d => ApprovalText.Format(ApprovalText.ProblemSaved, input.Culture, d.Version), cancellationToken);

    /// <summary>Changes what is approved; a real change raises the version, so every earlier approval becomes outdated.</summary>
    private async Task<IReadOnlyList<Reply>> EditAsync(FlowInput input, UserConversation user, GroupDecisionKind kind, Func<IReadOnlyList<string>, IReadOnlyList<string>> edit, Func<GroupDecision, string> saved, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var voters = DecisionContent.Voters(project);
        var decision = await approvals.UpdateDecisionAsync(input.User.TenantId, project.Id, kind,
            d => (d ?? New(project, kind, input, voters) with { Version = 0 }).WithContent(edit(d?.Items ?? []), voters, input.Now),
            DecisionContent.Fingerprint(project), Actor(input), cancellationToken);
        if (decision is null)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NotFound, input.Culture))];
        }

        return [new Reply(saved(decision), await actions.ViewAsync(decision, input.User.AadObjectId, true, null, false, input.Culture, cancellationToken))];
    }

    private static DecisionActor Actor(FlowInput input) => new(input.User.AadObjectId, input.User.DisplayName);

    private static GroupDecision New(KvuProject project, GroupDecisionKind kind, FlowInput input, IReadOnlyList<Voter> voters) => new()
    {
        ProjectId = project.Id,
        TenantId = project.TenantId,
        Kind = kind,
        ProjectName = $"{project.Gemeente} – {project.Uitgaansgebied}",
        Items = kind == GroupDecisionKind.Samenstelling ? DecisionContent.Composition(project) : [],
        Voters = voters,
        StartedBy = input.User.AadObjectId,
        UpdatedAt = input.Now,
    };

    [GeneratedRegex(@"^(voorleggen|voorleggen aan de werkgroep|propose)\s+(?<what>samenstelling|werkgroep|composition|begrippen|begrippenlijst|terms|glossary|probleemstelling|problem statement|problem|verwachtingen|expectations)$", RegexOptions.IgnoreCase)]
    private static partial Regex Propose();

    [GeneratedRegex(@"^(begrip|term)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TermCommand();

    [GeneratedRegex(@"^(probleemstelling|problem statement)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemCommand();

    [GeneratedRegex(@"^(logboek controleren|controleer (het )?logboek|verify (the )?(audit )?(log|trail)|verify audit)$", RegexOptions.IgnoreCase)]
    private static partial Regex VerifyCommand();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
