namespace Kvu.Bot.Conversations.Flows;

/// <summary>A guided conversation: a set of steps, the first one, and what to say when the user stops.</summary>
public interface IFlow
{
    string Name { get; }

    string FirstStep { get; }

    IFlowStep Step(string id);
}
