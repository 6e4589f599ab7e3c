namespace Kvu.Bot.Formation;

// "Deelnemers van de werkgroep hebben een zeker mandaat om beslissingen te nemen (of na terugkoppeling
// binnen korte termijn)."
public enum Mandate
{
    Unknown,
    CanDecide,
    DecidesAfterConsultation,
    CannotDecide,
}
