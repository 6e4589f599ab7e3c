namespace Kvu.Bot.Formation;

/// <summary>What OpenPoint.Subject holds differs per kind; it is noted on each value.</summary>
public enum OpenPointKind
{
    // Subject: the gemeente's name.
    NoProjectleider,

    // Subject: a WerkgroepRole name.
    RequiredRoleVacant,

    // Subject: WerkgroepRole.KhnRegioadviseur.
    NoKhnRegioadviseur,

    // Subject: a WerkgroepRole name.
    RecommendedRoleVacant,

    // Subject: the gemeente's name.
    NoSecretaris,

    // Subject: a HorecaArea id.
    HorecaAreaUncovered,

    // Subject: the uitgaansgebied's name.
    RestaurantsWithoutOwnRepresentative,

    // Subject: an organisation name as entered on a member.
    OrganisationOverRepresented,

    // Subject: a WerkgroepRole name (a required partner).
    OrganisationUnderRepresented,

    // Subject: a Member id.
    MemberWithoutMandate,

    // Subject: a Member id.
    MemberWithoutSubstitute,
}
