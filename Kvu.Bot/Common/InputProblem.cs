namespace Kvu.Bot.Common;

/// <summary>
/// Input refused before anything was stored: which field (as the user knows it, e.g. the label on the card), the
/// maximum and what was sent. The message tells the user what to shorten, so a retry can succeed.
/// </summary>
public sealed record InputProblem(string Field, int Maximum, int Actual, InputProblemKind Kind)
{
    public string Message(CultureInfo culture) => InputText.Format(Kind switch
    {
        InputProblemKind.TooMany => InputText.TooMany,
        InputProblemKind.ItemTooLong => InputText.ItemTooLong,
        _ => InputText.TooLong,
    }, culture, Field, Maximum, Actual);
}
