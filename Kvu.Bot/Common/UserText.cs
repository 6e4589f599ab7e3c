namespace Kvu.Bot.Common;

/// <summary>
/// The one cleaning of text that users (and Teams, for display names) hand the bot, applied where it comes in:
/// the message and card edges, names read from Teams. Control characters, Unicode bidirectional embeddings,
/// overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), zero-width and other
/// invisible format characters (U+200B, U+2060–U+2064, U+FEFF, soft hyphen, tag characters), Hangul fillers and
/// unpaired surrogates are removed, so no name or text can display reversed, hide part of itself or look empty on
/// a card or in the audit trail. Text is put in Unicode normal form C, so the same name typed twice compares equal.
/// </summary>
public static class UserText
{
    /// <summary>
    /// Free text as it may be stored: line breaks (as \n) and tabs stay, and so do the zero-width joiner and
    /// non-joiner, which emoji sequences and several scripts need and which hide nothing.
    /// </summary>
    public static string Clean(string? text) => Filter(text, keepLayout: true);

    /// <summary>A name: cleaned like <see cref="Clean"/>, joiners removed too, all white space one space, trimmed.</summary>
    public static string Name(string? text)
    {
        var cleaned = Filter(text, keepLayout: false);
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// A stored text where a card or message has room for less (Teams refuses a message over about 28 KB): at most
    /// <paramref name="length"/> characters, the last an ellipsis when it was cut. The whole text stays in storage.
    /// </summary>
    public static string Cut(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= length ? text : text[..(length - 1)] + "…";
    }

    private static string Filter(string? text, bool keepLayout)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var pair = text.Substring(i, 2);
                    i++;
                    // Tag characters (U+E0000–U+E007F) are format characters: they can carry invisible text.
                    if (CharUnicodeInfo.GetUnicodeCategory(pair, 0) != UnicodeCategory.Format)
                    {
                        builder.Append(pair);
                    }
                }

                continue;
            }

            if (c == '\r')
            {
                // \r\n and a lone \r are one line break.
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c is '\u2028' or '\u2029')
            {
                c = '\n';
            }

            if (c is '\n' or '\t')
            {
                builder.Append(keepLayout ? c : ' ');
                continue;
            }

            if (Keeps(c, keepLayout))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    private static bool Keeps(char c, bool keepJoiners)
    {
        if (c is '\u200C' or '\u200D')
        {
            return keepJoiners;
        }

        // Hangul fillers render as nothing: a name made of them looks empty.
        if (c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0')
        {
            return false;
        }

        // Cc: C0/C1 controls. Cf: bidi embeddings, overrides, isolates and marks, zero-width space, word joiner,
        // invisible operators, BOM, soft hyphen, interlinear annotation.
        return CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format);
    }
}
