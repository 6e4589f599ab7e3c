using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Approvals;

/// <summary>
/// The card of a group decision in the werkgroep channel, as a pure function of one person's view. Teams asks
/// for each member's own view through <c>refresh</c> (Universal Actions, schema 1.5): a member sees their own
/// buttons and answer, the projectleider sees close/reopen and the audit trail, everyone sees the tally and who
/// still has to respond. Every Action.Execute carries an Action.Submit fallback for clients without Universal Actions.
/// </summary>
public static class GroupDecisionCard
{
    /// <summary>Teams refreshes a user-specific view automatically for at most 60 users (refresh.userIds).</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>
    /// A message, card included, must stay under 28 KB in Teams. With 59 members, long names and long comments the
    /// card would not fit, so the channel card shows at most 10 objections at 150 characters and the audit view
    /// (which leaves out the items) the newest 40 responses at 100; everything stays complete in storage.
    /// </summary>
    public const int MaxCommentLength = InputLimits.Comment;
    private const int MaxObjectionsShown = 10;
    private const int ObjectionLength = 150;
    private const int MaxAuditEntries = 40;
    private const int AuditCommentLength = 100;

    public static JsonObject Build(DecisionCardView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var decision = view.Decision;
        var body = new JsonArray
        {
            CardElements.Title(ApprovalText.Get($"Title_{decision.Kind}", culture)),
            CardElements.Text(ApprovalText.Format($"Intro_{decision.Kind}", culture, decision.ProjectName), subtle: true, spacing: Spacing.Small),
        };

        if (view.Lines.Count == 0)
        {
            body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.NoItems, culture), subtle: true));
        }

        // The audit view is about the responses; the items are one click ("back") away.
        foreach (var line in view.Audit is null ? view.Lines : [])
        {
            // TextRuns rather than Markdown: every renderer shows a bold run as bold.
            body.Add(CardElements.Spaced(line.Label is null
                ? CardElements.Text(line.Text)
                : CardElements.Runs(CardElements.Run(line.Label, weight: TextWeight.Bolder), CardElements.Run($": {line.Text}")), Spacing.Small));
        }

        var counts = view.Tally;
        body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.Tally, culture, decision.Version, counts.Agreed, counts.ShouldAnswer, counts.Objections.Count), weight: TextWeight.Bolder, spacing: Spacing.Medium, separator: true));
        var pending = counts.Pending;
        if (counts.AllResponded)
        {
            body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.NobodyPending, culture), subtle: true, spacing: Spacing.Small));
        }

        if (pending.Count > 0)
        {
            body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.Pending, culture, string.Join(", ", pending.Select(v => v.DisplayName))), subtle: true, spacing: Spacing.Small));
        }

        if (counts.Unreachable.Count > 0)
        {
            body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.Unreachable, culture, string.Join(", ", counts.Unreachable.Select(u => ApprovalText.Format($"Reason_{u.Reason}", culture, u.DisplayName)))),
                color: TextColor.Attention, spacing: Spacing.Small));
            if (view.ViewerManages && !decision.Closed)
            {
                // The offer where the problem is named, not a command to remember and type elsewhere.
                body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.InviteHint, culture), subtle: true, spacing: Spacing.None));
                body.Add(CardElements.ActionSet([Execute(ApprovalText.Get(ApprovalText.ButtonInvite, culture), ApprovalVerbs.Invite, decision)]));
            }
        }

        if (decision.Advisers.Count > 0)
        {
            body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.Advisers, culture, string.Join(", ", decision.Advisers.Select(a => a.DisplayName))), subtle: true, spacing: Spacing.Small));
            var advice = counts.Responses.Where(r => r.Answer == ApprovalAnswer.Comment && r.Comment is not null).ToList();
            if (advice.Count > 0)
            {
                body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.AdviserComments, culture), weight: TextWeight.Bolder, spacing: Spacing.Small));
                foreach (var comment in advice.Take(MaxObjectionsShown))
                {
                    body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.Objection, culture, comment.DisplayName, Shorten(comment.Comment, ObjectionLength)), spacing: Spacing.None));
                }
            }
        }

        var objections = counts.Objections;
        if (objections.Count > 0)
        {
            body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.ObjectionsHeading, culture), weight: TextWeight.Bolder, spacing: Spacing.Small));
            foreach (var objection in objections.Take(MaxObjectionsShown))
            {
                body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.Objection, culture, objection.DisplayName, Shorten(objection.Comment, ObjectionLength)), color: TextColor.Attention, spacing: Spacing.None));
            }

            if (objections.Count > MaxObjectionsShown)
            {
                body.Add(CardElements.Text(ApprovalText.Format(ApprovalText.MoreObjections, culture, objections.Count - MaxObjectionsShown), subtle: true, spacing: Spacing.None));
            }
        }

        if (decision.Closed)
        {
            body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.ClosedNote, culture), weight: TextWeight.Bolder, color: TextColor.Warning));
        }

        var isVoter = view.Viewer is not null && decision.IsVoter(view.Viewer);
        var isAdviser = view.Viewer is not null && !isVoter && decision.FindAdviser(view.Viewer) is not null;
        if (isVoter)
        {
            body.Add(CardElements.Text(OwnStatus(view, culture), color: view.ViewerResponse?.Version == decision.Version ? TextColor.Good : TextColor.Accent));
        }
        else if (isAdviser)
        {
            body.Add(CardElements.Text(ApprovalText.Get(ApprovalText.AdviserStatus, culture), color: TextColor.Accent));
        }

        if (view.Notice is not null)
        {
            body.Add(CardElements.Text(view.Notice, weight: TextWeight.Bolder, color: view.NoticeIsProblem ? TextColor.Attention : TextColor.Good));
        }

        if (view.Audit is { } audit)
        {
            body.Add(AuditSection(audit, decision, culture));
        }

        // The card as posted (no viewer yet) and a member's own view get the response buttons; whoever clicks is
        // checked by AAD object id on the server, so showing them to a non-member lets nothing through.
        var actions = new JsonArray();
        var mayRespond = !decision.Closed && (view.Viewer is null || isVoter);
        if (mayRespond)
        {
            body.Add(CardInputs.Text(ApprovalVerbs.CommentField, ApprovalText.Get(ApprovalText.CommentLabel, culture),
                placeholder: ApprovalText.Get(ApprovalText.CommentPlaceholder, culture), maxLength: MaxCommentLength, multiline: true));
            actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonAgree, culture), ApprovalVerbs.Agree, decision, style: ActionStyle.Positive));
            actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonObject, culture), ApprovalVerbs.Object, decision));
        }
        else if (isAdviser && !decision.Closed)
        {
            body.Add(CardInputs.Text(ApprovalVerbs.CommentField, ApprovalText.Get(ApprovalText.CommentLabel, culture),
                placeholder: ApprovalText.Get(ApprovalText.CommentPlaceholder, culture), maxLength: MaxCommentLength, multiline: true));
            actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonAdvise, culture), ApprovalVerbs.Advise, decision));
        }

        if (view.ViewerManages)
        {
            actions.Add(decision.Closed
                ? Execute(ApprovalText.Get(ApprovalText.ButtonReopen, culture), ApprovalVerbs.Reopen, decision)
                : Execute(ApprovalText.Get(ApprovalText.ButtonClose, culture), ApprovalVerbs.Close, decision));
            if (!decision.Closed && !counts.AllResponded)
            {
                actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonRemind, culture), ApprovalVerbs.Remind, decision));
            }

            actions.Add(view.Audit is null
                ? Execute(ApprovalText.Get(ApprovalText.ButtonAudit, culture), ApprovalVerbs.Audit, decision)
                : Execute(ApprovalText.Get(ApprovalText.ButtonBack, culture), ApprovalVerbs.Refresh, decision));
        }

        return AdaptiveCard.WithRefresh(AdaptiveCard.Create(body, actions), ApprovalVerbs.Refresh, CardVerb.With(Data(decision), ApprovalVerbs.Refresh), RefreshUsers(decision));
    }

    /// <summary>Members first, then the one who put the decision to the group, then the advisers; Teams takes no more than 60.</summary>
    public static IReadOnlyList<string> RefreshUsers(GroupDecision decision) =>
        [.. decision.Voters.Select(v => v.AadObjectId).Append(decision.StartedBy).Concat(decision.Advisers.Select(a => a.AadObjectId)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxRefreshUsers)];

    /// <summary>The polite "not for you" card: it says why, and its button leads back to the person's own view.</summary>
    public static JsonObject Error(string message, string? projectId, string? decisionId, CultureInfo culture)
    {
        var body = new JsonArray
        {
            CardElements.Title(ApprovalText.Get(ApprovalText.ErrorTitle, culture)),
            CardElements.Text(message),
        };
        var actions = new JsonArray();
        if (projectId is not null && decisionId is not null)
        {
            var data = new JsonObject { [ApprovalVerbs.ProjectField] = projectId, [ApprovalVerbs.DecisionField] = decisionId };
            actions.Add(Execute(ApprovalText.Get(ApprovalText.ButtonBack, culture), ApprovalVerbs.Refresh, data));
        }

        return AdaptiveCard.Create(body, actions);
    }

    private static string OwnStatus(DecisionCardView view, CultureInfo culture)
    {
        var mine = view.ViewerResponse;
        if (mine is null)
        {
            return ApprovalText.Get(ApprovalText.YouAreAsked, culture);
        }

        if (mine.Version != view.Decision.Version)
        {
            return ApprovalText.Format(ApprovalText.Outdated, culture, mine.Version);
        }

        return mine.Answer == ApprovalAnswer.Agree
            ? ApprovalText.Format(ApprovalText.YouAgreed, culture, mine.Version)
            : ApprovalText.Format(ApprovalText.YouObjected, culture, mine.Version, Shorten(mine.Comment));
    }

    private static JsonObject AuditSection(IReadOnlyList<ApprovalResponse> audit, GroupDecision decision, CultureInfo culture)
    {
        var items = new JsonArray { CardElements.Text(ApprovalText.Get(ApprovalText.AuditHeading, culture), weight: TextWeight.Bolder) };
        if (audit.Count == 0)
        {
            items.Add(CardElements.Text(ApprovalText.Get(ApprovalText.AuditEmpty, culture), subtle: true, spacing: Spacing.Small));
        }

        // Newest first; the full trail stays in storage, the card shows what fits.
        foreach (var entry in audit.Reverse().Take(MaxAuditEntries))
        {
            var line = ApprovalText.Format(ApprovalText.AuditEntry, ReaderCulture.For(culture),
                DutchTime.Local(entry.At), entry.DisplayName, ApprovalText.Get($"Answer_{entry.Answer}", culture), entry.Version);
            if (entry.Comment is not null)
            {
                line += $" · {Shorten(entry.Comment, AuditCommentLength)}";
            }

            if (entry.Version != decision.Version)
            {
                line += " " + ApprovalText.Get(ApprovalText.AuditOutdated, culture);
            }

            items.Add(CardElements.Text(line, subtle: entry.Version != decision.Version, spacing: Spacing.Small));
        }

        if (audit.Count > MaxAuditEntries)
        {
            items.Add(CardElements.Text(ApprovalText.Format(ApprovalText.MoreAudit, culture, audit.Count - MaxAuditEntries), subtle: true, spacing: Spacing.Small));
        }

        return CardElements.Container(items, spacing: Spacing.Medium, separator: true);
    }

    private static JsonObject Data(GroupDecision decision) => new()
    {
        [ApprovalVerbs.ProjectField] = decision.ProjectId,
        [ApprovalVerbs.DecisionField] = decision.Id,
        [ApprovalVerbs.VersionField] = decision.Version.ToString(CultureInfo.InvariantCulture),
    };

    private static JsonObject Execute(string title, string verb, GroupDecision decision, ActionStyle? style = null) =>
        Execute(title, verb, Data(decision), style);

    private static JsonObject Execute(string title, string verb, JsonObject data, ActionStyle? style = null) =>
        CardActions.Execute(title, verb, data, CardVerb.Field, style);

    private static string Shorten(string? text, int length = MaxCommentLength)
    {
        var value = text ?? string.Empty;
        return value.Length <= length ? value : string.Concat(value.AsSpan(0, length - 1), "…");
    }
}
