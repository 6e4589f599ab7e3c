namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A question as the user sees it: the question itself, an optional explanation (the "why" from the KVU text),
/// and either choices (buttons; typing the choice or its number works too) or one or more text fields.
/// </summary>
public sealed record Question(string StepId, string Title, string? Explanation = null)
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public IReadOnlyList<Field> Fields { get; init; } = [];

    public sealed record Choice(string Value, string Label);

    /// <param name="Id">"answer" for a single free-text answer; other ids for multi-field cards.</param>
    /// <param name="Options">When set, the field is a drop-down of these choices.</param>
    public sealed record Field(string Id, string Label, string? Placeholder = null, string? Value = null, bool IsDate = false, bool IsRequired = true)
    {
        public IReadOnlyList<Choice>? Options { get; init; }

        /// <summary>The most characters the answer may have (a name's, unless the field says otherwise).</summary>
        public int MaxLength { get; init; } = InputLimits.Name;

        /// <summary>When set, the field is a list of names (comma, semicolon or line separated): at most this many.</summary>
        public int? MaxItems { get; init; }

        /// <summary>The problem with <paramref name="answer"/> for this field, or null when it fits.</summary>
        public InputProblem? Check(string? answer) => MaxItems is { } items
            ? InputLimits.Count(Answers.Items(answer).Count, items, Label) ?? InputLimits.EachLength(Answers.Items(answer), InputLimits.Name, Label)
            : InputLimits.Length(answer, MaxLength, Label);
    }

    /// <summary>This question with each field showing what <paramref name="input"/>'s card sent for it, where it sent something.</summary>
    public Question FilledFrom(FlowInput input) => input.Data is null
        ? this
        : this with { Fields = [.. Fields.Select(f => input.Field(f.Id) is { } sent ? f with { Value = sent } : f)] };

    /// <summary>
    /// What in <paramref name="input"/> does not fit this question's fields: each card field against its own limit,
    /// a typed answer against the only field when there is one. Checked before the step reads the answer, so nothing
    /// too long is stored and the user is told which field and how much fits.
    /// </summary>
    public InputProblem? Check(FlowInput input)
    {
        if (input.Data is null)
        {
            return Fields.Count == 1 ? Fields[0].Check(input.Text) : null;
        }

        return Fields.Select(f => f.Check(input.Field(f.Id))).FirstOrDefault(p => p is not null);
    }
}
