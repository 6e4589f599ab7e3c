using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Verbs in the weekly status card's Action.Submit data: the overview, factors and tasks lead back into the formation
/// conversation, which owns those verbs; <see cref="Schedule"/> is <see cref="StatusScheduleFeature"/>'s.
/// </summary>
public static class StatusCommands
{
    public const string Overview = FormationCommands.Status;
    public const string Factors = FormationCommands.Factors;
    public const string Tasks = FormationCommands.Tasks;
    public const string Schedule = "weekstatus";
}
