namespace Kvu.Bot.Formation;

// "Gemeenten kunnen ook een ervaren procesbegeleider KVU inhuren. Hiervoor kun je terecht bij het CCV."
public enum ProcesbegeleiderChoice
{
    Unknown,
    Yes,
    No,
    Later,
}
