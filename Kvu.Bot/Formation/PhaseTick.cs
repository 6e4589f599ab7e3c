namespace Kvu.Bot.Formation;

/// <summary>The projectleider's tick on a checklist item the bot cannot judge itself, per round of the cycle.</summary>
public sealed record PhaseTick(int Round, PhaseCheck Check, PersonRef By, DateTimeOffset At);
