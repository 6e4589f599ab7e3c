namespace Kvu.Bot.Formation;

/// <summary>
/// In the order the KVU text names them; FormationChecks sorts open points on this order.
/// "De werkgroep bestaat uit vertegenwoordigers van: de gemeente (projectleider), de politie, het afdelingsbestuur
/// Koninklijke Horeca Nederland (KHN), horecaondernemers en vaak ook de brandweer. De werkgroep wordt soms aangevuld
/// met vertegenwoordigers van: openbaarvervoerbedrijven, MKB, jongerenwerk, bewoners of andere vertegenwoordigers
/// uit het uitgaansgebied." The regioadviseur KHN comes right after the horeca roles because they work together.
/// </summary>
public enum WerkgroepRole
{
    Gemeente,
    Politie,
    KhnAfdelingsbestuur,
    HorecaOndernemer,
    KhnRegioadviseur,
    Brandweer,
    OpenbaarVervoer,
    Mkb,
    Jongerenwerk,
    Bewoners,
    Overig,
}
