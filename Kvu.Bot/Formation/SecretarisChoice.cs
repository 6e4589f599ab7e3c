namespace Kvu.Bot.Formation;

// The projectleider's task "Benoemen van een projectsecretaris": appointed now, or deliberately later.
public enum SecretarisChoice
{
    Unknown,
    Appointed,
    Later,
}
