namespace Kvu.Bot.Formation;

/// <summary>
/// "Als de projectleider afkomstig is van een externe organisatie, dan is hij projectleider namens de
/// gemeente of functioneert hij als technisch voorzitter."
/// </summary>
public enum ExternalCapacity
{
    NamensGemeente,
    TechnischVoorzitter,
}
