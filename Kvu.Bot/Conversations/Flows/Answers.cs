namespace Kvu.Bot.Conversations.Flows;

/// <summary>Reading answers the way people type them: a button, a number, a label, or a date in Dutch notation.</summary>
public static class Answers
{
    private static readonly string[] DateFormats = ["d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd", "d-M-yy"];

    /// <summary>
    /// The choice meant by a button (its value), by its number ("2") or by its label or value typed
    /// (case and surrounding punctuation ignored); null when nothing matches.
    /// </summary>
    public static Question.Choice? MatchChoice(Question question, FlowInput input)
    {
        var answer = input.Answer.Trim().TrimEnd('.', '!');
        if (answer.Length == 0)
        {
            return null;
        }

        if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= question.Choices.Count)
        {
            return question.Choices[number - 1];
        }

        return question.Choices.FirstOrDefault(c => string.Equals(c.Value, answer, StringComparison.OrdinalIgnoreCase))
            ?? question.Choices.FirstOrDefault(c => string.Equals(c.Label, answer, StringComparison.OrdinalIgnoreCase))
            ?? question.Choices.FirstOrDefault(c => c.Label.StartsWith(answer, StringComparison.OrdinalIgnoreCase) && answer.Length >= 3);
    }

    public static string ChoiceProblem(Question question, CultureInfo culture) =>
        BotText.Format(ConversationText.Invalid_Choice, culture, string.Join(", ", question.Choices.Select((c, i) => $"{i + 1}. {c.Label}")));

    /// <summary>
    /// A name as typed: cleaned (<see cref="UserText.Name"/>: no control or bidi characters, white space collapsed);
    /// null when empty or longer than <see cref="InputLimits.Name"/>, which the question's own check reports first.
    /// </summary>
    public static string? Name(string? text)
    {
        var name = UserText.Name(text);
        return name.Length is 0 or > InputLimits.Name ? null : name;
    }

    /// <summary>
    /// A date as Dutch users write it (14-03-2026, 14/3/2026, 2026-03-14 from a date field) or "vandaag"/"today";
    /// impossible dates (31-02-2026) are refused.
    /// </summary>
    public static DateOnly? Date(string? text, DateOnly today)
    {
        var value = (text ?? string.Empty).Trim();
        if (BotText.Words[ConversationWord.Today].Matches(value))
        {
            return today;
        }

        return DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Comma- or semicolon-separated names, each cleaned; duplicates (ignoring case) dropped.</summary>
    public static IReadOnlyList<string> List(string? text) =>
        [.. Items(text)
            .Select(Name)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The items of a list as typed, trimmed, before any is judged: what a list's limits count.</summary>
    public static IReadOnlyList<string> Items(string? text) =>
        [.. (text ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
