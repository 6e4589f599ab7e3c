namespace Kvu.Bot.Documents;

/// <summary>The documents a gemeente files about its KVU, as the bot writes them from the project's data.</summary>
public enum DocumentKind
{
    PlanVanAanpak,
    Intentieverklaring,
    Convenant,
    Voortgangsrapportage,
}
