using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation.Cards;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// Everything a user can ask about their KVU project outside and inside the guided flow: start or resume it,
/// the overview, changing an answer, the projectleider's tasks, the success factors, and switching projects.
/// It owns the werkgroep cards' verbs; typed commands come at <see cref="MessageRank.Command"/>, and while the user is
/// in the formation flow its escapes and every other message (the answers) are the flow's.
/// </summary>
public sealed class FormationConversation(FlowRunner runner, FormationFlow flow, ProjectStore projects, ProjectAccessStore access) : IMessageFeature
{
    public IReadOnlyCollection<string> Verbs { get; } =
    [
        BotCommands.Start, FormationCommands.NewProject, FormationCommands.Status, FormationCommands.Edit, FormationCommands.Tasks,
        FormationCommands.Task, FormationCommands.Factors, FormationCommands.Factor, FormationCommands.Projects, FormationCommands.Switch,
    ];

    public MessageRank? Rank(FlowInput input, UserConversation user)
    {
        if (StoppedAt(input, user) is not null)
        {
            return MessageRank.FlowAnswer;
        }

        if (user.Flow is not null && FlowRunner.IsEscape(input))
        {
            return MessageRank.FlowEscape;
        }

        if (input.Data is null && Parse(input.Text).Verb is not null)
        {
            return MessageRank.Command;
        }

        return user.Flow is not null ? MessageRank.FlowAnswer : null;
    }

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var command = Parse(input);
        if (command.Verb is not null && user.ActiveProjectId is null)
        {
            // A new chat or a new channel thread: carry on with the project the user worked on most recently.
            user.ActiveProjectId = (await MyProjectsAsync(input, cancellationToken)).LastOrDefault()?.Id;
        }

        if (StoppedAt(input, user) is { } stopped)
        {
            // The card of the question where the user said "stop", still on screen: its answer goes on from there, as
            // after "start".
            user.Stopped = null;
            user.Flow = stopped;
            return await ContinueAsync(input, user, stopped, cancellationToken);
        }

        if (user.Flow is { } state)
        {
            if (command.Verb == FormationCommands.Status && user.ActiveProjectId is not null)
            {
                var current = await projects.GetAsync(new ProjectKey(input.User.TenantId, user.ActiveProjectId), cancellationToken);
                var prompt = await flow.Step(state.Step).PromptAsync(new FlowTurn(input, state), cancellationToken);
                return current is null ? [prompt] : [FormationReplies.Overview(current, input.Culture), prompt];
            }

            if (command.Verb is null)
            {
                return await ContinueAsync(input, user, state, cancellationToken);
            }
        }

        return command.Verb switch
        {
            BotCommands.Start => await StartAsync(input, user, cancellationToken),
            FormationCommands.NewProject => await NewProjectAsync(input, user, cancellationToken),
            FormationCommands.Status => await WithProjectAsync(input, user, manage: false, cancellationToken, p => [FormationReplies.Overview(p, input.Culture)]),
            FormationCommands.Edit => await EditAsync(input, user, command.Argument ?? string.Empty, cancellationToken),
            FormationCommands.Tasks => await WithProjectAsync(input, user, manage: false, cancellationToken, p => [Reply.Show(TasksCard.Build(p, input.Culture))]),
            FormationCommands.Task => await TaskAsync(input, user, command, cancellationToken),
            FormationCommands.Factors => await WithProjectAsync(input, user, manage: false, cancellationToken, p => [Reply.Show(SuccessFactorsCard.Build(p, input.Culture))]),
            FormationCommands.Factor => await FactorAsync(input, user, command, cancellationToken),
            FormationCommands.Projects => await ProjectsAsync(input, user, cancellationToken),
            FormationCommands.Switch => await SwitchAsync(input, user, command.Argument, cancellationToken),
            Link => await LinkChannelAsync(input, user, cancellationToken),
            _ => null,
        };
    }

    private async Task<IReadOnlyList<Reply>> ContinueAsync(FlowInput input, UserConversation user, FlowState state, CancellationToken cancellationToken)
    {
        var stopping = FlowRunner.IsStop(input);
        var result = await runner.ContinueAsync(flow, new FlowTurn(input, state), cancellationToken);
        user.ActiveProjectId = state.ProjectId ?? user.ActiveProjectId;
        if (result.Ended)
        {
            user.Flow = null;

            // A change made with "wijzig" ends at the overview, so there is no place to come back to; one made in the
            // middle of the questions goes back to the question the user was at (kept as if stopped).
            if (!FormationFlow.IsEditing(state))
            {
                user.Stopped = stopping && state.ProjectId is not null ? state : null;
            }
            else if (!stopping && FormationFlow.IsInterrupting(state) && user.Stopped is { } waiting && waiting.ProjectId == state.ProjectId)
            {
                return [.. result.Replies, .. await ResumeAsync(input, user, waiting, cancellationToken)];
            }
        }

        return result.Replies;
    }

    private async Task<IReadOnlyList<Reply>> StartAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var project = user.ActiveProjectId is null ? null : await projects.GetAsync(new ProjectKey(input.User.TenantId, user.ActiveProjectId), cancellationToken);
        if (project is null || !await access.MayManageAsync(input.User.TenantId, input.User.Key, project.Id, cancellationToken))
        {
            return await NewProjectAsync(input, user, cancellationToken);
        }

        if (user.Flow is { } running && running.ProjectId == project.Id && !FormationFlow.IsEditing(running))
        {
            // "start" (or "verder") in the middle of the questions: the open question again, nothing skipped.
            return [await flow.Step(running.Step).PromptAsync(new FlowTurn(input, running), cancellationToken)];
        }

        if (user.Stopped is { } stopped && stopped.ProjectId == project.Id)
        {
            return await ResumeAsync(input, user, stopped, cancellationToken);
        }

        var resume = FormationFlow.ResumeStep(project);
        if (resume is null)
        {
            return [Reply.Say(BotText.Get(ConversationText.AllAnswered, input.Culture)), FormationReplies.Overview(project, input.Culture)];
        }

        var state = new FlowState { ProjectId = project.Id };
        user.Flow = state;
        var started = await runner.StartAsync(flow, new FlowTurn(input, state), resume, cancellationToken);
        return [Reply.Say(BotText.Get(ConversationText.ResumeFlow, input.Culture)), .. started.Replies];
    }

    /// <summary>The stopped questions, when <paramref name="input"/> is a click on the card of the question they stopped at.</summary>
    private static FlowState? StoppedAt(FlowInput input, UserConversation user) =>
        user is { Flow: null, Stopped: { } stopped } && input.Data is not null && stopped.ProjectId == user.ActiveProjectId
        && input.Field(FlowRunner.StepField) == stopped.Step
            ? stopped
            : null;

    /// <summary>Back at the question where the user said "stop" (or "wijzig"), with "terug" still leading where it led before.</summary>
    private async Task<IReadOnlyList<Reply>> ResumeAsync(FlowInput input, UserConversation user, FlowState stopped, CancellationToken cancellationToken)
    {
        user.Stopped = null;
        user.Flow = stopped;
        stopped.UpdatedAt = input.Now;
        return [Reply.Say(BotText.Get(ConversationText.ResumeFlow, input.Culture)), await flow.Step(stopped.Step).PromptAsync(new FlowTurn(input, stopped), cancellationToken)];
    }

    private async Task<IReadOnlyList<Reply>> NewProjectAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        user.Stopped = null;
        var state = new FlowState();
        user.Flow = state;
        return (await runner.StartAsync(flow, new FlowTurn(input, state), null, cancellationToken)).Replies;
    }

    private async Task<IReadOnlyList<Reply>> EditAsync(FlowInput input, UserConversation user, string target, CancellationToken cancellationToken)
    {
        var (project, problem) = await ActiveProjectAsync(input, user, manage: true, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var resolved = EditTarget.Resolve(target, project);
        if (resolved is null)
        {
            return [Reply.Say(BotText.Format(ConversationText.UnknownEditTarget, input.Culture, string.Join(", ", EditTarget.Words)))];
        }

        if (resolved.FirstStep is null)
        {
            return [Reply.Show(MemberPickCard.Build(resolved.Role!.Value, resolved.Candidates, input.Culture))];
        }

        var state = new FlowState { ProjectId = project.Id };
        state.Values[FormationFlow.EditMode] = resolved.LastStep!;
        if (user.Flow is { } running && running.ProjectId == project.Id && (!FormationFlow.IsEditing(running) || FormationFlow.IsInterrupting(running)))
        {
            // The questions wait where the user was (a "wijzig" during such a change keeps them waiting) until this change is saved.
            user.Stopped = FormationFlow.IsEditing(running) ? user.Stopped : running;
            state.Values[FormationFlow.Interrupting] = string.Empty;
        }

        user.Flow = state;
        return (await runner.StartAsync(flow, new FlowTurn(input, state), resolved.FirstStep, cancellationToken)).Replies;
    }

    private async Task<IReadOnlyList<Reply>> TaskAsync(FlowInput input, UserConversation user, Command command, CancellationToken cancellationToken)
    {
        var task = ParseEnum<ProjectleiderTask>(input.Field(FormationCommands.TaskField) ?? command.Argument);
        if (task is null)
        {
            return [Reply.Say(BotText.Get(ConversationText.UnknownTask, input.Culture))];
        }

        // A card sends one of the FormationCommands values; a typed "taak 3 klaar" one of the words.
        var action = input.Field(FormationCommands.AssignField) ?? input.Field(FormationCommands.Done) ?? command.Action ?? string.Empty;
        Action<KvuProject, PersonRef, DateTimeOffset>? change = action.ToLowerInvariant() switch
        {
            FormationCommands.True => (p, by, at) => p.CompleteTask(task.Value, by, at),
            FormationCommands.False => (p, by, at) => p.ReopenTask(task.Value, by, at),
            FormationCommands.AssignSecretaris => (p, by, at) => p.AssignTask(task.Value, TaskAssignee.Secretaris, by, at),
            FormationCommands.AssignProjectleider => (p, by, at) => p.AssignTask(task.Value, TaskAssignee.Projectleider, by, at),
            _ when FormationText.Words[FormationWord.TaskDone].Matches(action) => (p, by, at) => p.CompleteTask(task.Value, by, at),
            _ when FormationText.Words[FormationWord.TaskOpen].Matches(action) => (p, by, at) => p.ReopenTask(task.Value, by, at),
            _ => null,
        };
        if (change is null)
        {
            return [Reply.Say(BotText.Get(ConversationText.UnknownTask, input.Culture))];
        }

        return await ChangeAsync(input, user, change, cancellationToken, p =>
            [Reply.Say(BotText.Format(ConversationText.TaskUpdated, input.Culture, FormationText.Name(task.Value, input.Culture))), Checklist(input, TasksCard.Build(p, input.Culture))]);
    }

    private async Task<IReadOnlyList<Reply>> FactorAsync(FlowInput input, UserConversation user, Command command, CancellationToken cancellationToken)
    {
        var factor = ParseEnum<SuccessFactor>(input.Field(FormationCommands.FactorField) ?? command.Argument);
        // A card sends the status's name; a typed "factor 5 ok" one of the words.
        var said = input.Field(FormationCommands.FactorStatus) ?? command.Action;
        var status = Enum.TryParse<SuccessFactorStatus>(said, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(said, out _) ? named
            : FormationText.Words[FormationWord.FactorMet].Matches(said) ? SuccessFactorStatus.Met
            : FormationText.Words[FormationWord.FactorNotMet].Matches(said) ? SuccessFactorStatus.NotMet
            : FormationText.Words[FormationWord.FactorOpen].Matches(said) ? SuccessFactorStatus.Open
            : (SuccessFactorStatus?)null;
        if (factor is null || status is null)
        {
            return [Reply.Say(BotText.Get(ConversationText.UnknownFactor, input.Culture))];
        }

        return await ChangeAsync(input, user, (p, by, at) => p.SetSuccessFactor(factor.Value, status.Value, null, by, at), cancellationToken, p =>
            [Reply.Say(BotText.Format(ConversationText.FactorUpdated, input.Culture, FormationText.Name(factor.Value, input.Culture))), Checklist(input, SuccessFactorsCard.Build(p, input.Culture))]);
    }

    /// <summary>
    /// A checklist (tasks, success factors) after a change: a click on the list updates that list in place, so the
    /// chat holds one list that shows what was chosen, not a new copy per click next to outdated ones; a typed
    /// change shows the list anew.
    /// </summary>
    private static Reply Checklist(FlowInput input, JsonObject card) =>
        input.RepliesTo is not null ? Reply.ReplaceClicked(card) : Reply.Show(card);

    private async Task<IReadOnlyList<Reply>> LinkChannelAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var where = input.Conversation;
        if (where.Kind != ConversationKind.Channel || where.ChannelConversationId is null)
        {
            return [Reply.Say(BotText.Get(ConversationText.ChannelLinkOnlyInChannel, input.Culture))];
        }

        var (project, problem) = await ActiveProjectAsync(input, user, manage: true, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var linked = await flow.Session.LinkChannelAsync(input, project.Id, where.ChannelConversationId, where.TeamId, where.TeamName, where.ChannelName, cancellationToken);
        return linked is null
            ? [Reply.Say(BotText.Get(ConversationText.ProjectNotFound, input.Culture))]
            : [Reply.Say(BotText.Format(ConversationText.ChannelLinked, input.Culture, linked.Gemeente, linked.Uitgaansgebied))];
    }

    private async Task<IReadOnlyList<Reply>> ProjectsAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var list = await MyProjectsAsync(input, cancellationToken);
        if (list.Count == 0)
        {
            return [Reply.Say(BotText.Get(ConversationText.NoProject, input.Culture))];
        }

        return [Reply.Show(ProjectListCard.Build([.. list.Select(p => (p.Id, p.Gemeente, p.Uitgaansgebied, p.Id == user.ActiveProjectId))], input.Culture))];
    }

    private async Task<IReadOnlyList<Reply>> SwitchAsync(FlowInput input, UserConversation user, string? argument, CancellationToken cancellationToken)
    {
        var wanted = input.Field(FormationCommands.ProjectField) ?? argument ?? string.Empty;
        var list = await MyProjectsAsync(input, cancellationToken);
        var project = list.FirstOrDefault(p => p.Id == wanted)
            ?? (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= list.Count ? list[n - 1] : null);
        if (project is null)
        {
            return [Reply.Say(BotText.Get(ConversationText.ProjectNotFound, input.Culture))];
        }

        var replies = new List<Reply>();
        if (user.Flow is not null && user.Flow.ProjectId != project.Id)
        {
            user.Flow = null;
            replies.Add(Reply.Say(BotText.Get(ConversationText.SwitchedFlowEnded, input.Culture)));
        }

        user.ActiveProjectId = project.Id;
        replies.Add(Reply.Say(BotText.Format(ConversationText.ProjectSwitched, input.Culture, project.Gemeente, project.Uitgaansgebied)));
        replies.Add(FormationReplies.Overview(project, input.Culture));
        return replies;
    }

    /// <summary>The user's projects, in the order they got access, with their current names.</summary>
    private async Task<List<KvuProject>> MyProjectsAsync(FlowInput input, CancellationToken cancellationToken)
    {
        var result = new List<KvuProject>();
        await foreach (var entry in access.ListForUserAsync(input.User.TenantId, input.User.Key, cancellationToken))
        {
            if (await projects.GetAsync(new ProjectKey(input.User.TenantId, entry.ProjectId), cancellationToken) is { } project)
            {
                result.Add(project);
            }
        }

        return [.. result.OrderBy(p => p.CreatedAt)];
    }

    private async Task<IReadOnlyList<Reply>> WithProjectAsync(FlowInput input, UserConversation user, bool manage, CancellationToken cancellationToken, Func<KvuProject, IReadOnlyList<Reply>> show)
    {
        var (project, problem) = await ActiveProjectAsync(input, user, manage, cancellationToken);
        return project is null ? [problem!] : show(project);
    }

    private async Task<IReadOnlyList<Reply>> ChangeAsync(FlowInput input, UserConversation user, Action<KvuProject, PersonRef, DateTimeOffset> change, CancellationToken cancellationToken, Func<KvuProject, IReadOnlyList<Reply>> then)
    {
        var (project, problem) = await ActiveProjectAsync(input, user, manage: true, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        try
        {
            var actor = input.User.ToPerson();
            var saved = await projects.UpdateAsync(new ProjectKey(input.User.TenantId, project.Id), p => change(p, actor, input.Now), cancellationToken);
            return saved is null ? [Reply.Say(BotText.Get(ConversationText.ProjectNotFound, input.Culture))] : then(saved);
        }
        catch (FormationRuleException rule)
        {
            return [Reply.Say(FormationText.RuleMessage(rule.Code, input.Culture))];
        }
    }

    /// <summary>The user's active project, if they may see it (and, with <paramref name="manage"/>, change it).</summary>
    private async Task<(KvuProject? Project, Reply? Problem)> ActiveProjectAsync(FlowInput input, UserConversation user, bool manage, CancellationToken cancellationToken)
    {
        if (user.ActiveProjectId is null)
        {
            return (null, Reply.Say(BotText.Get(ConversationText.NoProject, input.Culture)));
        }

        var grant = await access.GetAsync(input.User.TenantId, input.User.Key, user.ActiveProjectId, cancellationToken);
        var project = grant is null ? null : await projects.GetAsync(new ProjectKey(input.User.TenantId, user.ActiveProjectId), cancellationToken);
        if (project is null)
        {
            return (null, Reply.Say(BotText.Get(ConversationText.ProjectNotFound, input.Culture)));
        }

        return manage && !grant!.MayManage
            ? (null, Reply.Say(BotText.Get(ConversationText.NotAllowedToEdit, input.Culture)))
            : (project, null);
    }

    /// <summary>An enum value by name (from a card) or by its 1-based number in the list the user saw.</summary>
    private static TEnum? ParseEnum<TEnum>(string? text)
        where TEnum : struct, Enum
    {
        var value = text?.Trim() ?? string.Empty;
        if (Enum.TryParse<TEnum>(value, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(value, out _))
        {
            return named;
        }

        var all = Enum.GetValues<TEnum>();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= all.Length ? all[n - 1] : null;
    }

    private Command Parse(FlowInput input)
    {
        if (input.Data is not null)
        {
            // A werkgroep card's button names its verb; a question card's answer or escape carries none of ours.
            var verb = input.Verb?.ToLowerInvariant();
            return verb is not null && Verbs.Contains(verb) ? new Command(verb, input.Field(FormationCommands.Target), null) : new Command(null, null, null);
        }

        return Parse(input.Text);
    }

    private static Command Parse(string text)
    {
        foreach (var (command, verb) in new[]
        {
            (FormationWord.Start, BotCommands.Start), (FormationWord.NewProject, FormationCommands.NewProject), (FormationWord.Status, FormationCommands.Status),
            (FormationWord.Tasks, FormationCommands.Tasks), (FormationWord.Factors, FormationCommands.Factors), (FormationWord.Projects, FormationCommands.Projects),
            (FormationWord.Link, Link),
        })
        {
            if (FormationText.Words[command].Matches(text))
            {
                return new Command(verb, null, null);
            }
        }

        if (FormationText.Words[FormationWord.Edit].StartText(text, out var target))
        {
            return new Command(FormationCommands.Edit, Words.Normalize(target).TrimEnd('.', '!', '?'), null);
        }

        // "taak 3 klaar", "factor 5 niet voldaan", "wissel 2": a number, then (for tasks and factors) what to do.
        foreach (var (command, verb) in new[] { (FormationWord.Task, FormationCommands.Task), (FormationWord.Factor, FormationCommands.Factor), (FormationWord.Switch, FormationCommands.Switch) })
        {
            if (FormationText.Words[command].StartText(text, out var rest) && rest.Length > 0)
            {
                var parts = Words.Normalize(rest).TrimEnd('.', '!', '?').Split(' ', 2);
                return new Command(verb, parts[0], verb == FormationCommands.Switch || parts.Length == 1 ? null : parts[1]);
            }
        }

        return new Command(null, null, null);
    }

    private const string Link = "koppel";

    private sealed record Command(string? Verb, string? Argument, string? Action);
}
