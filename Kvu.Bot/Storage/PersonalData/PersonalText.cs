namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// Finding people in free text (the decision log's details, a note, an item of a decision): a name, address or id
/// counts only as a whole, not inside a longer word, so erasing "Jan Jansen" leaves "Jan Jansens" alone, and the
/// longest term wins where two overlap ("Jan de Vries" before "Jan").
/// </summary>
public static class PersonalText
{
    /// <summary>What <see cref="Redaction"/> writes in place of someone else.</summary>
    public const string Redacted = "[…]";

    private static readonly Regex Never = new("(?!)", RegexOptions.CultureInvariant);

    /// <summary>Trimmed, with runs of white space as one space: how names are compared.</summary>
    public static string Normalize(string value) => Regex.Replace(value.Trim(), @"\s+", " ");

    public static Regex Pattern(IEnumerable<string> terms)
    {
        // Decision items write a "|" in a name as "/" (DecisionContent.Clean): look for both spellings.
        var alternatives = terms
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(Normalize)
            .SelectMany(t => t.Contains('|') ? new[] { t, t.Replace('|', '/') } : [t])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .Select(t => Regex.Escape(t).Replace(@"\ ", @"\s+"))
            .ToList();
        return alternatives.Count == 0
            ? Never
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// What a text becomes in <paramref name="subject"/>'s export: her own names and ids stay, anyone else's in
    /// <paramref name="others"/> become <see cref="Redacted"/>. The pattern is built once for all her texts.
    /// </summary>
    public static Func<string, string> Redaction(DataSubject subject, IEnumerable<string> others)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var own = subject.Terms.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pattern = Pattern(subject.Terms.Concat(others));
        return text => pattern.Replace(text, m => own.Contains(Normalize(m.Value)) || subject.IsMentionedIn(m.Value) ? m.Value : Redacted);
    }
}
