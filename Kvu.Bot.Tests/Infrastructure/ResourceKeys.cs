using System.Collections;
using System.Globalization;
using System.Resources;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>The names of the texts a .resx holds (its neutral, Dutch file), for tests that check each text in both languages.</summary>
public static class ResourceKeys
{
    /// <summary>Every text's name except the words people type (<c>Words_…</c>), which may be the same in both languages.</summary>
    public static IReadOnlyList<string> Texts(ResourceManager resources) =>
        [.. resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Where(k => !k.StartsWith("Words_", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
