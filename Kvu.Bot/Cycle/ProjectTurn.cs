using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>A turn of a <see cref="ProjectCommand{TCommand}"/>: the message, the project it is about and whether the user manages it.</summary>
public sealed record ProjectTurn(FlowInput Input, KvuProject Project, bool Manages)
{
    public CultureInfo Culture => Input.Culture;

    public DateTimeOffset Now => Input.Now;

    /// <summary>Today in the Netherlands.</summary>
    public DateOnly Today => Common.DutchTime.Date(Input.Now);

    /// <summary>Who wrote the message, as the project records people.</summary>
    public PersonRef By => Input.User.ToPerson();
}
