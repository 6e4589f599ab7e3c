namespace Kvu.Bot.Formation;

/// <summary>
/// "Deelnemers van de werkgroep hebben een zeker mandaat om beslissingen te nemen (of na terugkoppeling
/// binnen korte termijn)."
/// </summary>
public enum Mandate
{
    Unknown,
    CanDecide,
    DecidesAfterConsultation,
    CannotDecide,
}
