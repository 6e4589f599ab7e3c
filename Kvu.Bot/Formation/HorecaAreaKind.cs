namespace Kvu.Bot.Formation;

// "horecavertegenwoordiging van de diverse horecastraten en -pleinen, evenals de publiekstrekkers"
public enum HorecaAreaKind
{
    Straat,
    Plein,
    Publiekstrekker,
}
