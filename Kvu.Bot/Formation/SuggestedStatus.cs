namespace Kvu.Bot.Formation;

// What the data in the project suggests about a success factor, next to the human confirmation.
public enum SuggestedStatus
{
    NoData,
    LooksMet,
    LooksOpen,
    NotApplicable,
}
