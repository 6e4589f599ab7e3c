namespace Kvu.Bot.Evaluation;

/// <summary>
/// One member's answer to the evaluation of the cooperation. Kept with who gave it, so that the member sees and can
/// change her own answer and the AVG can export or erase it; shown to nobody else, only aggregated (<see cref="CooperationResults"/>).
/// </summary>
public sealed record CooperationAnswer(string ProjectId, int Round, string RespondentAadObjectId, IReadOnlyList<FactorScore> Scores, DateTimeOffset AnsweredAt);
