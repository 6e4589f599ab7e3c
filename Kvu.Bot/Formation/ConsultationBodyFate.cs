namespace Kvu.Bot.Formation;

/// <summary>"Andere vormen van (uitgaans-)overleg kunnen eventueel vervallen of binnen een project KVU worden 'ingeschoven'."</summary>
public enum ConsultationBodyFate
{
    Continues,
    Ended,
    FoldedIntoKvu,
}
