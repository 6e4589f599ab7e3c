namespace Kvu.Bot.Common;

/// <summary>
/// The longest text a user may store in each kind of field, in one place. Without them one pasted document in a
/// name, or a list of a thousand streets, reaches Table storage (64 KiB per string property, 1 MiB per entity) or a
/// card (Teams refuses one over about 28 KB), and fails there with a generic error that repeats on every retry.
/// Checked where the text enters, so the user is told which field is too long and what fits.
/// </summary>
public static class InputLimits
{
    /// <summary>A person's, gemeente's, place's or organisation's name, a term: one line on a card.</summary>
    public const int Name = 200;

    /// <summary>An e-mail address: RFC 5321 allows no longer path.</summary>
    public const int Email = 254;

    /// <summary>A text of a few paragraphs: a problem statement, a term's description.</summary>
    public const int FreeText = 2000;

    /// <summary>
    /// An objection to a decision or the reason to decline an invitation: every member sees all of them on one card,
    /// which must stay under Teams' 28 KB.
    /// </summary>
    public const int Comment = 300;

    /// <summary>
    /// A member's expectation of the werkgroep. All 59 members' expectations are on one card, which must stay under
    /// Teams' 28 KB with long names and objections as well: at 140 characters each that still fits.
    /// </summary>
    public const int Expectation = 140;

    /// <summary>
    /// Names in one list, and in a project's list altogether: horeca streets, squares and crowd-pullers, existing
    /// consultations, terms of the begrippenlijst. An uitgaansgebied has a handful to a few dozen; each one becomes a
    /// field or line on a card.
    /// </summary>
    public const int ListItems = 40;

    /// <summary>A whole typed message: the longest command with its text (<c>probleemstelling ...</c>) fits.</summary>
    public const int Message = 4000;

    /// <summary>Fields in the data of one card button: the largest card has one per listed place plus a few.</summary>
    public const int CardFields = 200;

    /// <summary>The problem when <paramref name="value"/> is longer than <paramref name="maximum"/> characters, else null.</summary>
    public static InputProblem? Length(string? value, int maximum, string field) =>
        value is not null && value.Length > maximum ? new InputProblem(field, maximum, value.Length, InputProblemKind.TooLong) : null;

    /// <summary>The problem when a list has more than <paramref name="maximum"/> items, else null.</summary>
    public static InputProblem? Count(int count, int maximum, string field) =>
        count > maximum ? new InputProblem(field, maximum, count, InputProblemKind.TooMany) : null;

    /// <summary>The problem when one of <paramref name="items"/> is longer than <paramref name="maximum"/>, else null.</summary>
    public static InputProblem? EachLength(IEnumerable<string> items, int maximum, string field) =>
        items.FirstOrDefault(i => i.Length > maximum) is { } longest ? new InputProblem(field, maximum, longest.Length, InputProblemKind.ItemTooLong) : null;
}
