namespace Kvu.Bot.Formation;

/// <summary>
/// One line of the decision log. Subject is what changed (a member id, role, area id, factor, task, ...);
/// Detail the new value in machine form (enum names, ids, ISO dates, names as entered), never a sentence,
/// so it can be shown in either language.
/// </summary>
public sealed record Decision(DateTimeOffset At, PersonRef By, DecisionKind Kind, string Subject, string? Detail);
