namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// What "wijzig X" points at: the step to start (and the last step of that section), or, when a role has several
/// representatives, the members to choose from.
/// </summary>
public sealed record EditTarget(string? FirstStep, string? LastStep, IReadOnlyList<Member> Candidates, WerkgroepRole? Role)
{
    /// <summary>Prefix of a target that adds another representative of a role rather than editing one.</summary>
    public const string AddPrefix = "+";

    private static readonly Dictionary<string, (string First, string Last)> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gemeente"] = (FormationSteps.Gemeente, FormationSteps.Gemeente),
        ["gebied"] = (FormationSteps.Gebied, FormationSteps.Gebied),
        ["uitgaansgebied"] = (FormationSteps.Gebied, FormationSteps.Gebied),
        ["instemming"] = (FormationSteps.Instemming, FormationSteps.Instemming),
        ["intentieverklaring"] = (FormationSteps.Intentieverklaring, FormationSteps.Getekend),
        ["projectleider"] = (FormationSteps.Projectleider, FormationSteps.ProjectleiderRol),
        ["secretaris"] = (FormationSteps.Secretaris, FormationSteps.Secretaris),
        ["projectsecretaris"] = (FormationSteps.Secretaris, FormationSteps.Secretaris),
        ["procesbegeleider"] = (FormationSteps.Procesbegeleider, FormationSteps.ProcesbegeleiderGegevens),
        ["horeca"] = (FormationSteps.HorecaPlekken, FormationSteps.Dekking),
        ["plekken"] = (FormationSteps.HorecaPlekken, FormationSteps.Dekking),
        ["dekking"] = (FormationSteps.Dekking, FormationSteps.Dekking),
        ["restaurants"] = (FormationSteps.Restaurants, FormationSteps.RestaurantVertegenwoordiger),
        ["overleggen"] = (FormationSteps.Overleggen, FormationSteps.OverleggenLot),
        ["overleg"] = (FormationSteps.Overleggen, FormationSteps.OverleggenLot),
        ["partijen"] = (FormationSteps.ExtraRollen, FormationSteps.ExtraRollen),

        // The werkgroep's team: the person questions offer its members, decisions go to its channel.
        ["team"] = (FormationSteps.Team, FormationSteps.Team),
    };

    /// <summary>Section and role words users can type after "wijzig", for the help.</summary>
    public static IReadOnlyList<string> Words { get; } =
        ["gemeente", "gebied", "team", "instemming", "intentieverklaring", "projectleider", "secretaris", "procesbegeleider",
         "politie", "khn", "horeca-ondernemer", "regioadviseur", "brandweer", "partijen", "horeca", "restaurants", "overleggen"];

    /// <summary>Member ids ("m3") first, then sections, then roles; null when the text names nothing.</summary>
    public static EditTarget? Resolve(string text, KvuProject project)
    {
        var target = text.Trim();
        if (project.FindMember(target) is { } member)
        {
            return Single(FormationSteps.MemberPrefix + member.Id);
        }

        if (Sections.TryGetValue(target, out var section))
        {
            return new EditTarget(section.First, section.Last, [], null);
        }

        var adding = target.StartsWith(AddPrefix, StringComparison.Ordinal);
        if (!RoleCatalog.TryParse(adding ? target[AddPrefix.Length..] : target, out var role))
        {
            return null;
        }

        if (role == WerkgroepRole.Gemeente)
        {
            // The gemeente's seat is the projectleider's.
            return new EditTarget(FormationSteps.Projectleider, FormationSteps.ProjectleiderRol, [], null);
        }

        var seated = project.Members.Where(m => m.Role == role).ToList();
        return adding || seated.Count == 0
            ? Single(FormationSteps.Member(role))
            : seated.Count == 1 ? Single(FormationSteps.MemberPrefix + seated[0].Id) : new EditTarget(null, null, seated, role);
    }

    private static EditTarget Single(string step) => new(step, step, [], null);
}
