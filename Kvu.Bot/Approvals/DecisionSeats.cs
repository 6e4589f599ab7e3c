namespace Kvu.Bot.Approvals;

/// <summary>
/// Who takes part in a group decision: the voters (counted), the advisers (see the card and may comment, never
/// counted: the KHN regioadviseur takes part "als adviseur") and the voting seats that cannot be reached yet.
/// </summary>
public sealed record DecisionSeats(IReadOnlyList<Voter> Voters, IReadOnlyList<Voter> Advisers, IReadOnlyList<AbsentSeat> Unreachable);
