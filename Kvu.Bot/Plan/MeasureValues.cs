using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>The parts of a measure once every one is right, before it has a number.</summary>
public sealed record MeasureValues(string Title, string? GoalId, string? KnelpuntId, string Party, PersonRef Owner, DateOnly Start, DateOnly End, DateOnly Beslismoment, string Decider, decimal? Budget)
{
    /// <summary>The measure with these values: a new one (<paramref name="measure"/> null) or a change of one already stored, whose other properties stay.</summary>
    public Measure ApplyTo(Measure? measure, string projectId, string id, PersonRef by, DateTimeOffset at) => (measure ?? new Measure
    {
        ProjectId = projectId,
        Id = id,
        Title = Title,
        Party = Party,
        Owner = Owner,
        Start = Start,
        End = End,
        Beslismoment = Beslismoment,
        Decider = Decider,
        ChangedBy = by,
        ChangedAt = at,
    }) with
    {
        Title = Title,
        GoalId = GoalId,
        KnelpuntId = KnelpuntId,
        Party = Party,
        Owner = Owner,
        Start = Start,
        End = End,
        Beslismoment = Beslismoment,
        Decider = Decider,
        Budget = Budget,
        ChangedBy = by,
        ChangedAt = at,
    };
}
