namespace Kvu.Bot.Plan;

/// <summary>How the parts of a measure travel in a card's data.</summary>
public static class MeasureFields
{
    /// <summary>The card data field of the measure being changed; absent for a new one.</summary>
    public const string MeasureId = "measureId";

    /// <summary>The input's id on the card: "title", "for", "party", ...</summary>
    public static string Id(MeasureField field) => field.ToString().ToLowerInvariant();
}
