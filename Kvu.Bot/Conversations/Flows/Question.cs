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
    }
}
