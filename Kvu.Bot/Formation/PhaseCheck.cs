namespace Kvu.Bot.Formation;

/// <summary>
/// The checklist items of the phases (DOMAIN: "checklist the bot can keep"), in the order the card shows them.
/// Most of the Initiatief and Veiligheidsanalyse items follow from what is entered; the others (<see cref="PhaseChecklist.IsManual"/>)
/// are ticked by the projectleider until the bot keeps their data itself.
/// </summary>
public enum PhaseCheck
{
    PartiesAgreed,
    WerkgroepFormed,
    IntentieverklaringSigned,

    AreaDescribed,

    /// <summary>One item per source the CCV says may not be missing; the subject names the source.</summary>
    SourceReceived,
    SchouwDayAndNight,
    KnelpuntenWithSource,
    IndicatorsWithBaseline,

    KnelpuntenAddressed,
    GoalsSmart,
    MeasuresOwned,
    SamenwerkingsstructuurAgreed,
    EvaluationPlanned,

    SignatoriesKnown,
    OmJoined,
    ConvenantSigned,

    MeasuresTracked,
    ReportedToBenW,

    IndicatorsMeasuredAgain,
    GoalsAssessed,
    SuccessFactorsScored,
}
