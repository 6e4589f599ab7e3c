using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>The parts of a measure once every one is right, before it has a number.</summary>
public sealed record MeasureValues(string Title, string? GoalId, string? KnelpuntId, string Party, PersonRef Owner, DateOnly Start, DateOnly End, DateOnly Beslismoment, string Decider, decimal? Budget)
{
    /// <summary>
    /// The measure with these values, new or replacing the stored one: a measure holds nothing but its values and who
    /// changed it last, so a change writes them all (a property added later that a change must keep, such as the
    /// tracker's state, is to be carried over by the caller that updates).
    /// </summary>
    public Measure ToMeasure(string projectId, string id, PersonRef by, DateTimeOffset at) => new()
    {
        ProjectId = projectId,
        Id = id,
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
