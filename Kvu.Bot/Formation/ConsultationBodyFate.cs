namespace Kvu.Bot.Formation;

// "Andere vormen van (uitgaans-)overleg kunnen eventueel vervallen of binnen een project KVU worden 'ingeschoven'."
public enum ConsultationBodyFate
{
    Continues,
    Ended,
    FoldedIntoKvu,
}
