
namespace Kvu.Bot.Meetings;

/// <summary>
/// "vergadering [kick-off] [90 min|2 uur] [10 dagen] [elke 4 weken]" → a MeetingRequest. Defaults: werkgroep overleg,
/// 1 hour, the next 10 days. "vergadering verzetten" / "vergadering annuleren" (and the English and reversed forms)
/// change a planned meeting instead: ParseChange. The words come from Meetings.resx (MeetingWords).
/// </summary>
public static class MeetingCommand
{
    public static MeetingChange? ParseChange(string text)
    {
        var said = Words.Normalize(text).TrimEnd('.', '!');

        // "vergadering verzetten", or the other way round: "verzet de vergadering", "cancel meeting".
        if (MeetingText.Words[MeetingWord.Meeting].StartText(said, out var after))
        {
            return Change(after);
        }

        return MeetingText.Words[MeetingWord.Meeting].Within(said) ? Change(said) : null;
    }

    public static MeetingRequest? Parse(string text)
    {
        if (ParseChange(text) is not null || !MeetingText.Words[MeetingWord.Meeting].StartText(Words.Normalize(text), out var rest))
        {
            return null;
        }

        var kind = MeetingText.Words[MeetingWord.KickOff].Within(rest) ? MeetingKind.KickOff : MeetingKind.WerkgroepOverleg;
        int? minutes = null, hours = null, days = null, every = null;
        var tokens = Tokens(rest);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!int.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var unit = tokens[i + 1];
            if (MeetingText.Words[MeetingWord.Minutes].Matches(unit) && number <= 999)
            {
                minutes ??= number;
            }
            else if (MeetingText.Words[MeetingWord.Hours].Matches(unit) && number <= 99)
            {
                hours ??= number;
            }
            else if (MeetingText.Words[MeetingWord.Days].Matches(unit) && number <= 99)
            {
                days ??= number;
            }
            else if (MeetingText.Words[MeetingWord.Weeks].Matches(unit) && number <= 99 && i > 0 && MeetingText.Words[MeetingWord.Every].Matches(tokens[i - 1]))
            {
                every ??= number;
            }
        }

        var duration = minutes is { } m ? TimeSpan.FromMinutes(m) : TimeSpan.FromHours(hours ?? 1);
        return new MeetingRequest(kind, duration, Math.Clamp(days ?? 10, 1, 60), every);
    }

    private static MeetingChange? Change(string text) =>
        MeetingText.Words[MeetingWord.Reschedule].StartText(text, out _) ? MeetingChange.Reschedule
        : MeetingText.Words[MeetingWord.Cancel].StartText(text, out _) ? MeetingChange.Cancel
        : null;

    /// <summary>Words and numbers, also when typed together: "90min" is "90", "min".</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = word.TakeWhile(char.IsAsciiDigit).Count();
            if (digits > 0 && digits < word.Length)
            {
                tokens.Add(word[..digits]);
                tokens.Add(word[digits..]);
            }
            else
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }
}
