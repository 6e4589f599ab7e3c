namespace Kvu.Bot.Formation;

/// <summary>
/// When the werkgroep measures its indicators again (the evaluation plan of the plan van aanpak): tussenmetingen on the
/// way and the nameting at the end, each compared with the nulmeting's baseline.
/// </summary>
public sealed record EvaluationMoment(EvaluationMomentKind Kind, DateOnly On);
