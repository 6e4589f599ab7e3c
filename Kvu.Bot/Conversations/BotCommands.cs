using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Conversations;

/// <summary>The verbs of the welcome card's buttons (<see cref="WelcomeCard"/>): begin the werkgroep, and help.</summary>
public static class BotCommands
{
    public const string Help = FlowRunner.HelpVerb;
    public const string Start = "start";
}
