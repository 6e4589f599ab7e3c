namespace Kvu.Bot.Formation;

// "In de meeste gevallen is de projectleider afkomstig uit de gemeente."
public enum ProjectleiderOrigin
{
    Gemeente,
    Extern,
}
