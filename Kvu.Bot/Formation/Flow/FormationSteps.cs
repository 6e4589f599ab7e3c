namespace Kvu.Bot.Formation.Flow;

/// <summary>The step ids of the formation flow, in the order they are asked. Member steps are "lid:{role}" or "lid:{memberId}".</summary>
public static class FormationSteps
{
    public const string Gemeente = "gemeente";
    public const string Gebied = "gebied";
    public const string Team = "team";
    public const string Instemming = "instemming";
    public const string Intentieverklaring = "intentieverklaring";
    public const string Getekend = "getekend";
    public const string Projectleider = "projectleider";
    public const string ProjectleiderRol = "projectleider-rol";
    public const string Secretaris = "secretaris";
    public const string Procesbegeleider = "procesbegeleider";
    public const string ProcesbegeleiderGegevens = "procesbegeleider-gegevens";
    public const string MeerHoreca = "meer-horeca";
    public const string ExtraRollen = "extra-rollen";
    public const string HorecaPlekken = "horeca-plekken";
    public const string Dekking = "dekking";
    public const string Restaurants = "restaurants";
    public const string RestaurantVertegenwoordiger = "lid:restaurants";
    public const string Overleggen = "overleggen";
    public const string OverleggenLot = "overleggen-lot";

    public const string MemberPrefix = "lid:";

    /// <summary>"weg:{memberId}": asks the projectleider to confirm taking a member out of the werkgroep.</summary>
    public const string RemovePrefix = "weg:";

    /// <summary>The roles asked one by one after the leadership questions; the gemeente's seat is the projectleider's.</summary>
    public static readonly IReadOnlyList<WerkgroepRole> CoreRoles =
        [WerkgroepRole.Politie, WerkgroepRole.KhnAfdelingsbestuur, WerkgroepRole.HorecaOndernemer, WerkgroepRole.KhnRegioadviseur, WerkgroepRole.Brandweer];

    /// <summary>"Soms aangevuld met": offered on the extra-roles question.</summary>
    public static readonly IReadOnlyList<WerkgroepRole> ExtraRoles =
        [WerkgroepRole.OpenbaarVervoer, WerkgroepRole.Mkb, WerkgroepRole.Jongerenwerk, WerkgroepRole.Bewoners, WerkgroepRole.Overig];

    public static string Member(WerkgroepRole role) => MemberPrefix + role;
}
