namespace Kvu.Bot.Formation;

// "Als de projectleider afkomstig is van een externe organisatie, dan is hij projectleider namens de
// gemeente of functioneert hij als technisch voorzitter."
public enum ExternalCapacity
{
    NamensGemeente,
    TechnischVoorzitter,
}
