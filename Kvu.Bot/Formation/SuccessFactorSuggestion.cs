namespace Kvu.Bot.Formation;

public sealed record SuccessFactorSuggestion(SuccessFactor Factor, SuggestedStatus Suggested);
