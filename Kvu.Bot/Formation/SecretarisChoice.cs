namespace Kvu.Bot.Formation;

/// <summary>The projectleider's task "Benoemen van een projectsecretaris": appointed now, or deliberately later.</summary>
public enum SecretarisChoice
{
    Unknown,
    Appointed,
    Later,
}
