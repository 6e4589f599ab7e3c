using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// The werkgroep's team, asked right after the project is made: with the team known, every later question about a
/// person (secretaris, procesbegeleider, each seat) offers the team's members, so nobody already in Teams is typed
/// by hand, and group decisions go to the team's channel. Without a team the bot explains how to add it to one.
/// </summary>
public static class TeamQuestions
{
    private const string WithoutTeam = "zonder";

    /// <summary>Where the flow goes once the project exists: the team question when the user is in a team with the bot, else on with a tip.</summary>
    public static async Task<StepOutcome> AfterProjectCreatedAsync(FormationFlow flow, FlowTurn turn, string intro, CancellationToken cancellationToken)
    {
        var teams = await flow.Session.MyTeamsAsync(turn, cancellationToken);
        return teams.Count > 0
            ? StepOutcome.GoTo(FormationSteps.Team, Reply.Say(intro))
            : StepOutcome.GoTo(FormationSteps.Instemming, Reply.Say($"{intro}\n\n{turn.Text(ConversationText.NoTeamTip)}"));
    }

    public static IFlowStep Team(FormationFlow flow) => new QuestionStep(
        FormationSteps.Team,
        async (turn, cancellationToken) =>
        {
            var teams = await flow.Session.MyTeamsAsync(turn, cancellationToken);
            return new Question(FormationSteps.Team, turn.Text(ConversationText.Ask_Team), turn.Text(ConversationText.Explain_Team))
            {
                Choices = [.. teams.Select(t => new Question.Choice(t.TeamId!, t.TeamName ?? t.ChannelName ?? turn.Text(ConversationText.UnnamedTeam))), new(WithoutTeam, turn.Text(ConversationText.Choice_NoTeam))],
            };
        },
        async (turn, question, cancellationToken) =>
        {
            var choice = Answers.MatchChoice(question, turn.Input);
            if (choice is null)
            {
                return StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture));
            }

            var project = await flow.Session.LoadAsync(turn, cancellationToken);
            if (choice.Value == WithoutTeam)
            {
                return flow.Proceed(turn, project, before: Reply.Say(turn.Text(ConversationText.NoTeamTip)));
            }

            var channel = (await flow.Session.MyTeamsAsync(turn, cancellationToken)).First(t => t.TeamId == choice.Value);
            var linked = await flow.Session.LinkChannelAsync(turn.Input, project.Id, channel.ConversationId, channel.TeamId, channel.TeamName, channel.ChannelName, cancellationToken) ?? project;
            var said = Reply.Say(BotText.Format(ConversationText.TeamChosen, turn.Input.Culture, choice.Label, channel.ChannelName ?? choice.Label));
            return flow.Proceed(turn, linked, before: said);
        },
        c => BotText.Get(ConversationText.Explain_Team, c));
}
