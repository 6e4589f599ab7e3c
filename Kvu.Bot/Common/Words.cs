namespace Kvu.Bot.Common;

/// <summary>
/// The words people type for one command, with its synonyms, from the feature's own .resx next to its other texts:
/// the value lists them separated by <c>|</c>. The Dutch words (the neutral resources) and the English ones are both
/// understood whatever the user's Teams language, because people type either. Case, surrounding spaces and a
/// trailing full stop, exclamation or question mark do not matter.
/// </summary>
public sealed partial class Words
{
    private static readonly CultureInfo[] Languages = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en")];

    /// <summary>Longest first, so that "voorleggen aan de werkgroep" is stripped whole rather than as "voorleggen".</summary>
    private readonly string[] _words;

    public Words(ResourceManager resources, string key)
    {
        _words = [.. Languages
            .Select(language => resources.GetString(key, language) ?? throw new KeyNotFoundException($"No words '{key}' in {resources.BaseName}."))
            .SelectMany(value => value.Split('|'))
            .Select(Normalize)
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(word => word.Length)];
    }

    /// <summary>Every word, lower case, longest first.</summary>
    public IReadOnlyList<string> All => _words;

    /// <summary>True when the whole of <paramref name="text"/> is one of the words.</summary>
    public bool Matches(string? text)
    {
        var said = Normalize(text);
        return _words.Contains(said, StringComparer.Ordinal) || _words.Contains(said.TrimEnd('.', '!', '?'), StringComparer.Ordinal);
    }

    /// <summary>
    /// True when <paramref name="text"/> begins with one of the words, as a whole word (followed by the end, a space,
    /// ':' or '='); <paramref name="rest"/> is what follows, trimmed, exactly as typed (case and line breaks kept).
    /// </summary>
    public bool StartText(string? text, out string rest)
    {
        var said = (text ?? string.Empty).Trim();
        foreach (var word in _words)
        {
            if (StartsWith(said, word, out var end))
            {
                rest = said[end..].TrimStart(':', '=', ' ', '\t', '\r', '\n').Trim();
                return true;
            }
        }

        rest = string.Empty;
        return false;
    }

    /// <summary>True when one of the words appears anywhere in <paramref name="text"/>, as whole words.</summary>
    public bool Within(string? text)
    {
        var said = $" {Normalize(text)} ";
        return _words.Any(word => said.Contains($" {word} ", StringComparison.Ordinal));
    }

    /// <summary>Single spaces, trimmed, case kept.</summary>
    public static string Squeeze(string? text) => Whitespace().Replace(text ?? string.Empty, " ").Trim();

    /// <summary>Lower case, single spaces, trimmed: how typed text and words are compared.</summary>
    public static string Normalize(string? text) => Squeeze(text).ToLowerInvariant();

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="word"/> as a whole word, any run of white space standing for its spaces.</summary>
    private static bool StartsWith(string text, string word, out int end)
    {
        end = 0;
        foreach (var part in word.Split(' '))
        {
            if (end > 0)
            {
                var after = end;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                if (end == after)
                {
                    return false;
                }
            }

            if (end + part.Length > text.Length || string.Compare(text, end, part, 0, part.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            end += part.Length;
        }

        return end == text.Length || char.IsWhiteSpace(text[end]) || text[end] is ':' or '=';
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
