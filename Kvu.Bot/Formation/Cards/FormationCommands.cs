namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// What the werkgroep cards put in Action.Submit data: the verb (under CardVerb.Field) and its fields. Teams
/// delivers a click on an Action.Submit as a message whose value is this data object (merged with any inputs on
/// the card); the router hands it to FormationConversation, which owns these verbs.
/// </summary>
public static class FormationCommands
{
    /// <summary>Verbs.</summary>
    public const string Status = "status";
    public const string Edit = "wijzig";
    public const string Tasks = "taken";
    public const string Task = "taak";
    public const string Factors = "succesfactoren";
    public const string Factor = "factor";
    public const string Projects = "projecten";
    public const string Switch = "wissel";
    public const string NewProject = "nieuw project";

    /// <summary>
    /// The overview's "Wat nu" buttons for the steps after forming the werkgroep, which Approvals carries out (it owns
    /// these verbs): invite the members, put the composition to the werkgroep.
    /// </summary>
    public const string Invite = "uitnodigen";
    public const string ProposeComposition = "voorleggen samenstelling";

    /// <summary>
    /// The document buttons of the overview and the phase card, which Documents carries out (its family of verbs begins
    /// with "documents."): the choice of documents, and the voortgangsrapportage over the period since the last one.
    /// </summary>
    public const string Documents = "documents.menu";
    public const string ProgressReport = "documents.report";

    /// <summary>
    /// Data fields.
    /// Target: a role keyword (RoleCatalog.Keywords(role)[0]), a member id ("m3") or one of the section names below.
    /// </summary>
    public const string Target = "target";
    public const string TaskField = "task";        // a ProjectleiderTask name
    public const string Done = "done";             // "true" or "false"
    public const string AssignField = "assign";    // AssignSecretaris or AssignProjectleider
    public const string FactorField = "factor";    // a SuccessFactor name
    public const string FactorStatus = "status";   // a SuccessFactorStatus name
    public const string ProjectField = "project";  // a project id

    public const string True = "true";
    public const string False = "false";
    public const string AssignSecretaris = "secretaris";
    public const string AssignProjectleider = "projectleider";

    /// <summary>
    /// Sections of the overview that "wijzig" can target. "gemeente" is both this section (the gemeente's name) and
    /// the keyword of WerkgroepRole.Gemeente; the overview sends it once, as the section.
    /// </summary>
    public const string SectionGemeente = "gemeente";
    public const string SectionGebied = "gebied";
    public const string SectionTeam = "team";
    public const string SectionInstemming = "instemming";
    public const string SectionIntentieverklaring = "intentieverklaring";
    public const string SectionProjectleider = "projectleider";
    public const string SectionSecretaris = "secretaris";
    public const string SectionProcesbegeleider = "procesbegeleider";
    public const string SectionHoreca = "horeca";
    public const string SectionRestaurants = "restaurants";
    public const string SectionOverleggen = "overleggen";

    public static IReadOnlyList<string> Sections { get; } =
    [
        SectionGemeente, SectionGebied, SectionTeam, SectionInstemming, SectionIntentieverklaring, SectionProjectleider,
        SectionSecretaris, SectionProcesbegeleider, SectionHoreca, SectionRestaurants, SectionOverleggen,
    ];

    /// <summary>The Target for a role: its first (Dutch) command word, which RoleCatalog.TryParse reads back.</summary>
    public static string RoleTarget(WerkgroepRole role) => RoleCatalog.Keywords(role)[0];
}
