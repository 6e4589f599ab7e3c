namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// Where one user is in a guided flow, kept in conversation state so a conversation can be picked up after days
/// or a restart. Answers that belong to a project are written to the project at once (nothing is lost on "stop");
/// only answers still being collected for one step live in <see cref="Values"/>.
/// </summary>
public sealed class FlowState
{
    public string Flow { get; set; } = string.Empty;

    public string Step { get; set; } = string.Empty;

    /// <summary>The steps answered so far, for "terug".</summary>
    public List<string> History { get; set; } = [];

    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    public string? ProjectId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
