namespace Kvu.Bot.Common.Cards;

/// <summary>
/// The names the Adaptive Cards schema gives the kit's enums: element properties are PascalCase ("Attention",
/// "Bolder"), action and input styles camelCase ("positive", "compact", "stretch").
/// </summary>
internal static class CardNames
{
    public static string Pascal<T>(T value) where T : struct, Enum => value.ToString();

    public static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
