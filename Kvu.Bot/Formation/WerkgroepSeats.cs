namespace Kvu.Bot.Formation;

/// <summary>Who is at the table, shared by FormationChecks and SuccessFactorAdvice so both count the same way.</summary>
internal static class WerkgroepSeats
{
    /// <summary>"Declined members don't count": a seat whose person said no is a vacancy with a name on it.</summary>
    public static IEnumerable<Member> Active(KvuProject project) =>
        project.Members.Where(m => m.Status != MemberStatus.Declined);

    /// <summary>
    /// "de gemeente (projectleider)": the projectleider is the gemeente's representative when they come from the
    /// gemeente or act "namens de gemeente". A technisch voorzitter chairs without representing anyone, so the
    /// gemeente then needs a member of its own.
    /// </summary>
    public static bool ProjectleiderRepresentsGemeente(KvuProject project) =>
        project.Projectleider is { } leider
        && (leider.Origin == ProjectleiderOrigin.Gemeente || leider.ExternalCapacity == ExternalCapacity.NamensGemeente);

    public static bool Covers(KvuProject project, WerkgroepRole role) =>
        Active(project).Any(m => m.Role == role)
        || (role == WerkgroepRole.Gemeente && ProjectleiderRepresentsGemeente(project));

    /// <summary>
    /// The seats that speak for an organisation: active members except the KHN regioadviseur, who takes part
    /// "als adviseur", plus the projectleider's gemeente seat unless the projectleider is also listed as a member.
    /// The projectleider can commit the gemeente: that is the role ("ambassadeur en het centrale coordinatie- en
    /// aanspreekpunt").
    /// </summary>
    public static IReadOnlyList<WerkgroepSeat> Voting(KvuProject project)
    {
        var seats = Active(project)
            .Where(m => RoleCatalog.Need(m.Role) != RoleNeed.Adviser)
            .Select(m => new WerkgroepSeat(m.Role, m.Organisation, m.Mandate, m.Id))
            .ToList();

        if (ProjectleiderRepresentsGemeente(project)
            && !Active(project).Any(m => m.Person.IsSamePerson(project.Projectleider!.Person)))
        {
            seats.Insert(0, new WerkgroepSeat(
                WerkgroepRole.Gemeente,
                RoleCatalog.DefaultOrganisation(WerkgroepRole.Gemeente, project.Gemeente)!,
                Mandate.CanDecide,
                null));
        }

        return seats;
    }

    /// <summary>"Gemeente Zwolle", "gemeente  zwolle " and "GEMEENTE ZWOLLE" are one organisation.</summary>
    public static string OrganisationKey(string organisation) =>
        string.Join(' ', organisation.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToUpperInvariant();
}
