namespace Kvu.Bot.Formation;

/// <summary>"horecavertegenwoordiging van de diverse horecastraten en -pleinen, evenals de publiekstrekkers"</summary>
public enum HorecaAreaKind
{
    Straat,
    Plein,
    Publiekstrekker,
}
