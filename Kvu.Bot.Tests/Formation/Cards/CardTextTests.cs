using System.Globalization;
using System.Reflection;
using System.Resources;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Tests.Formation.Cards;

/// <summary>Every card text exists in Dutch and in English, so no card shows a key or falls back to Dutch for English users.</summary>
public class CardTextTests
{
    private static readonly ResourceManager Resources = CardText.ResourceManager;

    public static TheoryData<string> Keys()
    {
        var keys = typeof(CardText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(FormationCommands.Sections.Select(s => $"Section_{s}"))
            .Concat(Enum.GetValues<SuccessFactor>().Select(f => $"FactorShort_{f}"))
            .Distinct(StringComparer.Ordinal);
        return [.. keys];
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_exists_in_dutch_and_english(string key)
    {
        var dutch = Resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.GetString(key);
        var english = Resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), true, false)!.GetString(key);

        Assert.False(string.IsNullOrWhiteSpace(dutch), $"{key} missing in Cards.resx");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} missing in Cards.en.resx");
    }
}
