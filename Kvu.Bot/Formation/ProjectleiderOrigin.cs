namespace Kvu.Bot.Formation;

/// <summary>"In de meeste gevallen is de projectleider afkomstig uit de gemeente."</summary>
public enum ProjectleiderOrigin
{
    Gemeente,
    Extern,
}
