using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// The convenant: the parties that sign it (the werkgroep's organisations and the Openbaar Ministerie), who signs for
/// each and how far each is. The projectleider (or secretaris) enters who signs (<c>convenant Openbaar Ministerie:
/// mr. P. de Groot</c>) and the state (<c>convenant politie akkoord</c>, <c>convenant gemeente zwolle getekend
/// 12-05-2027</c>); everyone reads <c>convenant</c>, on a card where the projectleider also finds the button that
/// reminds the signatories who have not signed (typed: <c>herinner convenant</c>). A party is named in full or by a
/// part only it has ("politie", "om").
/// </summary>
public sealed class ConvenantConversation(CycleProjects finder, ProjectStore projects, ConvenantReminders reminders) : ProjectCommand<ConvenantConversation.Command>(finder)
{
    protected override Command? Parse(FlowInput input) =>
        input.Data is not null ? null
        : PlanText.Words[PlanWord.ConvenantRemind].Matches(input.Text) ? new Command(string.Empty, Remind: true)
        : PlanText.Words[PlanWord.Convenant].StartText(input.Text, out var rest) ? new Command(rest, Remind: false)
        : null;

    protected override bool ForEveryone(Command command) => command is { Remind: false, Rest.Length: 0 };

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, Command command, CancellationToken cancellationToken)
    {
        var (project, culture, rest) = (turn.Project, turn.Culture, command.Rest);
        if (command.Remind)
        {
            var round = await reminders.RemindAsync(project, ConvenantReminders.ByHand(turn.Now), whileUserWaits: true, turn.By, culture, turn.Now, cancellationToken);
            return [Reply.Say(string.Join("\n\n", ConvenantReminders.Report(project, round, culture)))];
        }

        if (rest.Length == 0)
        {
            return [Reply.Show(ConvenantCard.Build(project, turn.Manages, culture))];
        }

        if (Read(rest, turn.Today) is not { } typed)
        {
            return [Reply.Say(PlanText.Get(PlanKeys.ConvenantUsage, culture))];
        }

        var matches = Match(project, typed.Party);
        if (matches.Count > 1)
        {
            return [Reply.Say(PlanText.Format(PlanKeys.ConvenantAmbiguous, culture, typed.Party, string.Join(", ", matches)))];
        }

        var party = matches.Count == 1 ? matches[0] : typed.Party;
        await projects.UpdateAsync(project.Key, p =>
        {
            if (typed.Signatory is { } who)
            {
                p.SetSignatory(party, who, turn.By, turn.Now);
            }
            else
            {
                p.SetSigningState(party, typed.State!.Value, typed.On, turn.By, turn.Now);
            }
        }, cancellationToken);

        return [Reply.Say(typed.Signatory is { } signatory
            ? PlanText.Format(PlanKeys.ConvenantSignatorySaved, culture, party, signatory)
            : PlanText.Format(PlanKeys.ConvenantStateSaved, culture, party, ConvenantCard.State(new ConvenantParty(party, null, typed.State!.Value, typed.On), culture)))];
    }

    /// <summary>The parties whose name is what was typed, else those that contain it ("politie"); "om" is the Openbaar Ministerie.</summary>
    private static IReadOnlyList<string> Match(KvuProject project, string typed)
    {
        var names = project.ConvenantParties.Select(p => p.Party).ToList();
        if (string.Equals(typed, "om", StringComparison.OrdinalIgnoreCase))
        {
            return [KvuProject.OpenbaarMinisterie];
        }

        var exact = names.Where(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count > 0 ? exact : [.. names.Where(n => n.Contains(typed, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>"Partij: ondertekenaar", or "partij akkoord", "partij getekend 12-05-2027", "partij concept".</summary>
    private static Typed? Read(string rest, DateOnly today)
    {
        var colon = rest.IndexOf(':');
        if (colon > 0)
        {
            var party = Answers.Name(rest[..colon]);
            var signatory = Answers.Name(rest[(colon + 1)..]);
            return party is null || signatory is null ? null : new Typed(party, signatory, null, null);
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var tail = string.Join(' ', words[i..]);
            foreach (var (state, stateWords) in PlanText.StateWords)
            {
                if (!stateWords.StartText(tail, out var after))
                {
                    continue;
                }

                var party = Answers.Name(string.Join(' ', words[..i]));
                DateOnly? on = state == SigningState.Getekend ? (after.Length == 0 ? today : Answers.Date(after, today)) : null;
                if (party is null || (state == SigningState.Getekend && on is null) || (state != SigningState.Getekend && after.Length > 0))
                {
                    return null;
                }

                return new Typed(party, null, state, on);
            }
        }

        return null;
    }

    /// <summary>What was typed after "convenant" (empty: show it), or "herinner convenant".</summary>
    public sealed record Command(string Rest, bool Remind);

    private sealed record Typed(string Party, string? Signatory, SigningState? State, DateOnly? On);
}
