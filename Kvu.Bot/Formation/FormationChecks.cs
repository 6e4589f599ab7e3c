namespace Kvu.Bot.Formation;

/// <summary>
/// What still needs attention in the werkgroep, each point traceable to a sentence of the KVU text (see the
/// OpenPointReason_{Kind} resources). The list is deterministic: ordered by severity, then by the role the point
/// is about (WerkgroepRole order, i.e. the order the KVU text names the parties), then by kind, then by the order
/// of members and areas in the project.
/// </summary>
public static class FormationChecks
{
    /// <summary>
    /// Over-representation, a rule of our own because the KVU text only says "Organisaties zijn niet over- of
    /// ondervertegenwoordigd in de projectgroep". An organisation is over-represented when either
    ///  - the werkgroep has at least MinimumSeatsForShareRule seats and the organisation holds more than a third of
    ///    them (in a smaller group one extra seat is already a third, which says little), or
    ///  - it holds more than twice the seats of the least-represented required partner that is present
    ///    (gemeente 3, politie 1: the politie is outvoiced whatever the size of the group).
    /// Seats are counted per organisation as entered, so each horeca business is its own organisation: a werkgroep
    /// of mostly horeca-ondernemers is what the KVU text expects ("vooral uit 'natte horeca'").
    /// </summary>
    public const int MinimumSeatsForShareRule = 6;

    public static IReadOnlyList<OpenPoint> Evaluate(KvuProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var points = new List<(OpenPoint Point, WerkgroepRole Role)>();
        void Add(OpenPointKind kind, string subject, Severity severity, WerkgroepRole role) =>
            points.Add((new OpenPoint(kind, subject, severity), role));

        var active = WerkgroepSeats.Active(project).ToList();

        // The projectleider is "het centrale coordinatie- en aanspreekpunt": without one nothing moves.
        if (project.Projectleider is null)
        {
            Add(OpenPointKind.NoProjectleider, project.Gemeente, Severity.Critical, WerkgroepRole.Gemeente);
        }

        foreach (var role in RoleCatalog.All.Where(r => !WerkgroepSeats.Covers(project, r)))
        {
            switch (RoleCatalog.Need(role))
            {
                case RoleNeed.Required:
                    Add(OpenPointKind.RequiredRoleVacant, role.ToString(), Severity.Critical, role);
                    break;
                case RoleNeed.Adviser:
                    Add(OpenPointKind.NoKhnRegioadviseur, role.ToString(), Severity.Warning, role);
                    break;
                case RoleNeed.Recommended:
                    Add(OpenPointKind.RecommendedRoleVacant, role.ToString(), Severity.Advice, role);
                    break;
            }
        }

        // "Benoemen van een projectsecretaris" is one of the projectleider's tasks. Choosing "later" is a
        // decision, so the point stays as a reminder but drops to advice.
        if (project.Secretaris is null)
        {
            Add(OpenPointKind.NoSecretaris, project.Gemeente,
                project.SecretarisChoice == SecretarisChoice.Later ? Severity.Advice : Severity.Warning, WerkgroepRole.Gemeente);
        }

        foreach (var area in project.HorecaAreas.Where(a => !active.Any(m => m.CoveredAreaIds.Contains(a.Id))))
        {
            Add(OpenPointKind.HorecaAreaUncovered, area.Id, Severity.Warning, WerkgroepRole.HorecaOndernemer);
        }

        if (project.RestaurantsTakePart == true && !active.Any(m => m.RepresentsRestaurants))
        {
            Add(OpenPointKind.RestaurantsWithoutOwnRepresentative, project.Uitgaansgebied, Severity.Warning, WerkgroepRole.HorecaOndernemer);
        }

        var seats = WerkgroepSeats.Voting(project);
        foreach (var (organisation, role) in OverRepresented(seats))
        {
            Add(OpenPointKind.OrganisationOverRepresented, organisation, Severity.Warning, role);
        }

        foreach (var role in UnderRepresented(seats))
        {
            Add(OpenPointKind.OrganisationUnderRepresented, role.ToString(), Severity.Warning, role);
        }

        // "Gesprekspartners hebben voldoende beslissingsbevoegdheid" / "een zeker mandaat om beslissingen te nemen
        // (of na terugkoppeling binnen korte termijn)": deciding after consultation is enough, not knowing is not.
        // The regioadviseur takes part "als adviseur" and is not asked to decide.
        foreach (var member in active.Where(m => RoleCatalog.Need(m.Role) != RoleNeed.Adviser
                     && m.Mandate is Mandate.Unknown or Mandate.CannotDecide))
        {
            Add(OpenPointKind.MemberWithoutMandate, member.Id, Severity.Warning, member.Role);
        }

        // "Leden zorgen tijdens hun afwezigheid ... voor een goed ingewerkte plaatsvervanger."
        foreach (var member in active.Where(m => m.Substitute is null))
        {
            Add(OpenPointKind.MemberWithoutSubstitute, member.Id, Severity.Advice, member.Role);
        }

        // OrderBy is stable, so equal keys keep the order they were added in (member and area order).
        return [.. points
            .OrderBy(p => p.Point.Severity)
            .ThenBy(p => p.Role)
            .ThenBy(p => p.Point.Kind)
            .Select(p => p.Point)];
    }

    private static IEnumerable<(string Organisation, WerkgroepRole Role)> OverRepresented(IReadOnlyList<WerkgroepSeat> seats)
    {
        var requiredCounts = seats
            .Where(s => RoleCatalog.Need(s.Role) == RoleNeed.Required)
            .GroupBy(s => s.Role)
            .Select(g => g.Count())
            .ToList();
        var leastRequired = requiredCounts.Count > 0 ? requiredCounts.Min() : (int?)null;

        foreach (var organisation in seats.GroupBy(s => WerkgroepSeats.OrganisationKey(s.Organisation)))
        {
            var count = organisation.Count();
            var overShare = seats.Count >= MinimumSeatsForShareRule && count * 3 > seats.Count;
            var overPartner = leastRequired is { } least && count > 2 * least;
            if (overShare || overPartner)
            {
                var first = organisation.First();
                yield return (first.Organisation, first.Role);
            }
        }
    }

    /// <summary>
    /// Under-representation, the mirror of the partner rule in <see cref="OverRepresented"/>: a required partner
    /// (gemeente, politie, afdelingsbestuur KHN, horeca-ondernemers) that is at the table has too few seats, because
    /// some organisation holds more than twice as many. It is about seats only: a seat whose holder cannot decide is
    /// MemberWithoutMandate, and an absent partner is RequiredRoleVacant.
    /// </summary>
    private static IEnumerable<WerkgroepRole> UnderRepresented(IReadOnlyList<WerkgroepSeat> seats)
    {
        var largest = seats.GroupBy(s => WerkgroepSeats.OrganisationKey(s.Organisation)).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        return seats
            .Where(s => RoleCatalog.Need(s.Role) == RoleNeed.Required)
            .GroupBy(s => s.Role)
            .Where(g => largest > 2 * g.Count())
            .Select(g => g.Key)
            .Order();
    }
}
