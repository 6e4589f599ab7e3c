using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// A measure (maatregel) of the plan van aanpak: what is done, for which goal or knelpunt (exactly one of the two), which
/// party owns it and who carries it out for that party, from when to when, when the werkgroep decides whether it goes
/// on (the beslismoment) and who decides then, and optionally its budget in euros. Kept as a row of its own
/// (<see cref="MeasureStore"/>). Properties, not a positional list, so that later additions (the tracker's state)
/// need no change where measures are made.
/// </summary>
public sealed record Measure
{
    public required string ProjectId { get; init; }

    /// <summary>"mr4": from the project's counter (<see cref="KvuProject.CountMeasure"/>), never reused.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The goal ("d2") it serves, or null when it answers a knelpunt directly.</summary>
    public string? GoalId { get; init; }

    /// <summary>The knelpunt ("k1") it answers when it serves no goal yet.</summary>
    public string? KnelpuntId { get; init; }

    /// <summary>The owning party (an organisation of the werkgroep, or another one).</summary>
    public required string Party { get; init; }

    /// <summary>Who carries it out for that party: personal data (Plan's MeasuresPersonalData answers for it).</summary>
    public required PersonRef Owner { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    /// <summary>When the werkgroep (or whoever <see cref="Decider"/> names) decides whether the measure goes on.</summary>
    public required DateOnly Beslismoment { get; init; }

    /// <summary>Who decides at the beslismoment: "de werkgroep", "burgemeester", "B&amp;W".</summary>
    public required string Decider { get; init; }

    /// <summary>In euros; null when the measure has no budget of its own.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Who entered or last changed it, and when.</summary>
    public required PersonRef ChangedBy { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    /// <summary>The goal or knelpunt it belongs to, as typed and shown ("d2" or "k1").</summary>
    public string For => GoalId ?? KnelpuntId ?? string.Empty;
}
