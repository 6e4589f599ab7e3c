namespace Kvu.Bot.Dashboard;

/// <summary>
/// A seat at the werkgroep's table, by party (role and organisation). An open seat is a role the checks say is
/// missing, or a seat whose person declined; it has no person, mandate or substitute. Need says whether the KVU text
/// requires the role (Required), recommends it, or has it as adviser.
/// </summary>
public sealed record DashboardSeat(
    string Role,
    string RoleName,
    string Organisation,
    bool Filled,
    string? Person,
    string? Status,
    string? StatusName,
    string? Mandate,
    string? MandateName,
    string? Substitute);
