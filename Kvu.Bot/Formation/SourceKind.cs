namespace Kvu.Bot.Formation;

/// <summary>
/// The sources of the Veiligheidsanalyse, in the CCV's order. The CCV says the first six may not be missing
/// (<see cref="PhaseChecklist.IsMandatory"/>): we read the schouw by day and by night as two of them, which makes
/// the ten the CCV counts.
/// </summary>
public enum SourceKind
{
    Politiecijfers,
    Veiligheidsmonitor,
    Brandweer,
    SchouwDag,
    SchouwNacht,
    EnqueteBezoekers,
    EnqueteHoreca,
    EnqueteBewoners,
    Interviews,
    Overig,
}
