namespace Kvu.Bot.Cycle;

/// <summary>The commands of the KVU cycle as people type them (Cycle.resx, <c>Words_…</c>).</summary>
public enum CycleWord
{
    /// <summary>"fase": the phase card.</summary>
    Phase,
    NextPhase,
    PreviousPhase,

    /// <summary>"punt 4 klaar" / "punt 4 open": a checklist item the projectleider ticks.</summary>
    Item,
    Done,
    Open,

    /// <summary>"analyse": the Veiligheidsanalyse card.</summary>
    Analysis,

    /// <summary>Followed by a kengetal and its value: "gebied inwoners: 2.300".</summary>
    Area,

    /// <summary>Followed by a source and who delivers it by when, or "ontvangen": "bron politie: Bureau Zwolle, 15-04-2026".</summary>
    Source,
    Received,

    /// <summary>Followed by a theme, the text and its source: "knelpunt geweld: vechtpartijen; bron politie".</summary>
    Knelpunt,

    /// <summary>Followed by the indicator, "=", its baseline and "op" a date.</summary>
    Indicator,
    On,

    /// <summary>Followed by dag/nacht, the place, ":" and what was seen.</summary>
    Finding,
    Findings,

    /// <summary>Followed by the goal and its parts after ";": "doel Minder geweld; indicator ...; streefwaarde 3; datum 31-12-2027".</summary>
    Goal,
    Goals,
    Target,
    By,
}
