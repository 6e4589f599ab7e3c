namespace Kvu.Bot.Formation;

/// <summary>Where a party stands with the convenant, in the order it goes through them.</summary>
public enum SigningState
{
    Concept,
    AkkoordInPrincipe,
    Getekend,
}
