namespace Kvu.Bot.Formation;

/// <summary>What the data in the project suggests about a success factor, next to the human confirmation.</summary>
public enum SuggestedStatus
{
    NoData,
    LooksMet,
    LooksOpen,
    NotApplicable,
}
