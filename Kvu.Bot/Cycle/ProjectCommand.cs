using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>
/// What every typed command of the KVU cycle does before its own work (the analysis, goals, measures, samenwerking,
/// convenant, metingen, voortgang, evaluatie): recognise itself, find the project the user works on (<see
/// cref="CycleProjects"/>: her own, or the one she holds a seat in), refuse a change to whoever does not manage the
/// project with a sentence that says who can, and turn a rule the project refuses into the user's language. A feature
/// fills in how its command reads, whether everyone in the werkgroep may run it, and what it does.
/// </summary>
/// <typeparam name="TCommand">What the feature read from the message.</typeparam>
public abstract class ProjectCommand<TCommand>(CycleProjects finder) : IMessageFeature
    where TCommand : class
{
    public virtual IReadOnlyCollection<string> Verbs { get; } = [];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (Parse(input) is not { } command)
        {
            return null;
        }

        if (Answer(command, input.Culture) is { } answer)
        {
            return answer;
        }

        var (project, manages, problem) = await finder.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        if (!manages && !ForEveryone(command))
        {
            return [Reply.Say(NotManager(command, input.Culture))];
        }

        try
        {
            return await RunAsync(new ProjectTurn(input, project, manages), command, cancellationToken);
        }
        catch (FormationRuleException rule)
        {
            return [Reply.Say(FormationText.RuleMessage(rule.Code, input.Culture))];
        }
    }

    /// <summary>The command in the message, or null when the message is not this command.</summary>
    protected abstract TCommand? Parse(FlowInput input);

    /// <summary>Whether anyone in the werkgroep may run it (reading, or what a member enters herself); otherwise only who manages the project.</summary>
    protected abstract bool ForEveryone(TCommand command);

    /// <summary>Runs the command on the project found.</summary>
    protected abstract Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, TCommand command, CancellationToken cancellationToken);

    /// <summary>The reply to a command that needs no project (help, cancel), or null.</summary>
    protected virtual IReadOnlyList<Reply>? Answer(TCommand command, CultureInfo culture) => null;

    /// <summary>Why someone who does not manage the project cannot run the command, and what she can do instead.</summary>
    protected virtual string NotManager(TCommand command, CultureInfo culture) => CycleText.Get(CycleKeys.NotManager, culture);
}
