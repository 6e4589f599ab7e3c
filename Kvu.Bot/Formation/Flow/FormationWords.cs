using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Flow;

/// <summary>The words people type to reach the werkgroep's commands, from Formation.resx (<see cref="Words"/>).</summary>
public static class FormationWords
{
    public static readonly Words Start = Read("Start");
    public static readonly Words NewProject = Read("NewProject");
    public static readonly Words Status = Read("Status");
    public static readonly Words Tasks = Read("Tasks");
    public static readonly Words Factors = Read("Factors");
    public static readonly Words Projects = Read("Projects");
    public static readonly Words Link = Read("Link");

    /// <summary>Commands followed by an argument: "wijzig politie", "taak 3 klaar", "factor 5 ok", "wissel 2".</summary>
    public static readonly Words Edit = Read("Edit");
    public static readonly Words Task = Read("Task");
    public static readonly Words Factor = Read("Factor");
    public static readonly Words Switch = Read("Switch");

    /// <summary>What to do with a task ("taak 3 klaar") or what state a success factor is in ("factor 5 ok").</summary>
    public static readonly Words TaskDone = Read("TaskDone");
    public static readonly Words TaskOpen = Read("TaskOpen");
    public static readonly Words FactorMet = Read("FactorMet");
    public static readonly Words FactorNotMet = Read("FactorNotMet");
    public static readonly Words FactorOpen = Read("FactorOpen");

    private static Words Read(string command) => new(FormationText.ResourceManager, $"Words_{command}");
}
