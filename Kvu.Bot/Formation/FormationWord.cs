namespace Kvu.Bot.Formation;

/// <summary>The werkgroep's commands as people type them (Formation.resx, <c>Words_…</c>).</summary>
public enum FormationWord
{
    Start,
    NewProject,
    Status,
    Tasks,
    Factors,
    Projects,
    Link,

    /// <summary>Followed by what to change: "wijzig politie".</summary>
    Edit,

    /// <summary>Followed by a number and what to do: "taak 3 klaar", "factor 5 ok", "wissel 2".</summary>
    Task,
    Factor,
    Switch,

    /// <summary>What to do with a task, or the state of a success factor.</summary>
    TaskDone,
    TaskOpen,
    FactorMet,
    FactorNotMet,
    FactorOpen,
}
