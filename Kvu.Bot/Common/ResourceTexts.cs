namespace Kvu.Bot.Common;

/// <summary>
/// How a feature reads the texts of its .resx (Dutch, the neutral language, and .en.resx), written once: every
/// feature's text class (ApprovalText, CycleText, ...) is a thin front over its own ResourceManager with these, and
/// keeps only what is its own. The words people type come from the same files (<see cref="WordBook{TCommand}"/>).
/// </summary>
public static class ResourceTexts
{
    /// <summary>The text in <paramref name="culture"/>'s language, or the key itself where the text is missing.</summary>
    public static string TextOrKey(this ResourceManager resources, string key, CultureInfo culture) =>
        resources.GetString(key, culture) ?? key;

    /// <summary>The text in <paramref name="culture"/>'s language; a missing one throws, naming the key and the file.</summary>
    public static string Text(this ResourceManager resources, string key, CultureInfo culture) =>
        resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}' in {resources.BaseName}.");

    /// <summary>
    /// The text (or its key, as <see cref="TextOrKey"/>) in <paramref name="culture"/>'s language with its {0}
    /// placeholders filled as in string.Format, numbers and dates written as <paramref name="numbers"/> writes them.
    /// </summary>
    public static string Format(this ResourceManager resources, string key, CultureInfo culture, CultureInfo numbers, params object?[] args) =>
        string.Format(numbers, resources.TextOrKey(key, culture), args);

    /// <summary>
    /// The words for each value of <typeparamref name="TEnum"/> (<c>Words_{Enum}_{Value}</c>), for commands that name
    /// one: "politie" for the police figures. A value without words fails when the list is made.
    /// </summary>
    public static IReadOnlyList<(TEnum Value, Words Words)> Choices<TEnum>(this ResourceManager resources)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => (v, new Words(resources, $"Words_{typeof(TEnum).Name}_{v}")))];
}
