
namespace Kvu.Bot.Conversations;

/// <summary>
/// "Bedoel je `status`?" for a typed near-miss such as <c>stauts</c>. The commands a user can type are the ones the
/// help lists between backticks, in Dutch and English (people type either), so the help stays the one list of
/// them. Only the first word is compared, because that is the command; what follows is kept as typed.
/// </summary>
public static partial class CommandSuggestion
{
    private static readonly Lazy<IReadOnlyList<string>> CommandWords = new(() =>
        [.. new[] { ReaderCulture.Dutch, BotText.English }
            .SelectMany(culture => HelpText.Sections.SelectMany(s => s.Commands).Select(key => BotText.Get(key, culture)))
            .SelectMany(line => Backticked().Matches(line).Select(m => m.Groups[1].Value))
            .Select(command => command.Split(' ')[0].ToLowerInvariant())
            .Where(word => word.Length >= 3)
            .Distinct(StringComparer.Ordinal)]);

    /// <summary>The command the user probably meant, with the rest of what they typed, or null when nothing is close.</summary>
    public static string? For(string text)
    {
        var words = Words.Normalize(text).TrimEnd('.', '!', '?').Split(' ', 2);
        var first = words[0];
        if (first.Length < 3 || CommandWords.Value.Contains(first, StringComparer.Ordinal))
        {
            return null;
        }

        // One slip in a short word, two in a long one: "stauts", "succesfactorn", "wijizg".
        var allowed = first.Length >= 7 ? 2 : 1;
        var best = CommandWords.Value
            .Select(word => (Word: word, Distance: Distance(first, word)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Word is null ? null : words.Length > 1 ? $"{best.Word} {words[1]}" : best.Word;
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
