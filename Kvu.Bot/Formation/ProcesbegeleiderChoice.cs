namespace Kvu.Bot.Formation;

/// <summary>"Gemeenten kunnen ook een ervaren procesbegeleider KVU inhuren. Hiervoor kun je terecht bij het CCV."</summary>
public enum ProcesbegeleiderChoice
{
    Unknown,
    Yes,
    No,
    Later,
}
