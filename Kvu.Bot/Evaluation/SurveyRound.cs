namespace Kvu.Bot.Evaluation;

/// <summary>What starting (or sending again) the evaluation of the cooperation did: who got the card, who cannot be reached, who Teams did not take now.</summary>
public sealed record SurveyRound(CooperationEvaluation Evaluation, IReadOnlyList<string> Sent, IReadOnlyList<string> Unreachable, IReadOnlyList<string> Later);
