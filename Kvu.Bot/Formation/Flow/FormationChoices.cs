using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// The buttons the formation questions offer: one per value of a domain choice (named as the overview names it), or
/// yes and no with what else a question allows; and reading back which value was chosen, clicked or typed.
/// </summary>
public static class FormationChoices
{
    public const string Yes = "ja";
    public const string No = "nee";
    public const string Later = "later";

    /// <summary>Every value of <typeparamref name="TEnum"/>, by its name in the user's language.</summary>
    public static IReadOnlyList<Question.Choice> Of<TEnum>(CultureInfo culture)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new Question.Choice(v.ToString(), FormationText.Name(v, culture)))];

    /// <summary>Yes and no, then <paramref name="more"/> ("later", "don't know yet").</summary>
    public static IReadOnlyList<Question.Choice> YesNo(FlowTurn turn, params Question.Choice[] more) =>
        [new(Yes, turn.Text(ConversationText.Choice_Yes)), new(No, turn.Text(ConversationText.Choice_No)), .. more];

    /// <summary>The value of <typeparamref name="TEnum"/> the answer chose, or null when it chose none of <see cref="Of"/>'s.</summary>
    public static TEnum? Read<TEnum>(Question question, FlowInput input)
        where TEnum : struct, Enum =>
        Answers.MatchChoice(question, input) is { } choice && Enum.TryParse<TEnum>(choice.Value, out var value) ? value : null;
}
