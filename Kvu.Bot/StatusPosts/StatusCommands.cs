using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.StatusPosts;

/// <summary>Verbs in the weekly status card's Action.Submit data: they lead back into the formation conversation.</summary>
public static class StatusCommands
{
    public const string Command = FormationCommands.Command;
    public const string Overview = FormationCommands.Status;
    public const string Factors = FormationCommands.Factors;
    public const string Tasks = FormationCommands.Tasks;
    public const string Schedule = "weekstatus";
}
