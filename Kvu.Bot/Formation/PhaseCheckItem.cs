namespace Kvu.Bot.Formation;

/// <summary>
/// One line of a phase's checklist: what (<see cref="Check"/>, with <see cref="Subject"/> for a source), whether it is
/// done, who owns it (the person named for it, else the projectleider), and for a source who delivers it by when.
/// </summary>
public sealed record PhaseCheckItem(PhaseCheck Check, string? Subject, bool Done, string? Owner, DateOnly? Due = null, bool Manual = false);
