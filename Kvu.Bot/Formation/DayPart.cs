namespace Kvu.Bot.Formation;

/// <summary>The CCV asks for a schouw by day and one by night: the area looks different at 15:00 and at 03:00.</summary>
public enum DayPart
{
    Dag,
    Nacht,
}
