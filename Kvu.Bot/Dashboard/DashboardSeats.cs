using Kvu.Bot.Formation;

namespace Kvu.Bot.Dashboard;

/// <summary>
/// The werkgroep as seats by party: every member (a declined one as an open seat with the party's name), then every
/// role the checks find vacant. The open points decide what is vacant, so the tab and the overview card agree.
/// </summary>
public static class DashboardSeats
{
    private static readonly OpenPointKind[] Vacancies = [OpenPointKind.RequiredRoleVacant, OpenPointKind.RecommendedRoleVacant, OpenPointKind.NoKhnRegioadviseur];

    public static IReadOnlyList<DashboardSeat> Of(KvuProject project, IReadOnlyList<OpenPoint> points, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(points);
        var seats = project.Members.Select(m => m.Status == MemberStatus.Declined
            ? Open(m.Role, m.Organisation, culture)
            : new DashboardSeat(
                m.Role.ToString(), FormationText.Name(m.Role, culture), m.Organisation, true,
                m.Person.DisplayName, m.Status.ToString(), FormationText.Name(m.Status, culture),
                m.Mandate.ToString(), FormationText.Name(m.Mandate, culture), m.Substitute?.DisplayName)).ToList();

        foreach (var point in points.Where(p => Vacancies.Contains(p.Kind)))
        {
            if (Enum.TryParse<WerkgroepRole>(point.Subject, out var role))
            {
                seats.Add(Open(role, RoleCatalog.DefaultOrganisation(role, project.Gemeente) ?? string.Empty, culture));
            }
        }

        return seats;
    }

    private static DashboardSeat Open(WerkgroepRole role, string organisation, CultureInfo culture) =>
        new(role.ToString(), FormationText.Name(role, culture), organisation, false, null, null, null, null, null, null);
}
