using System.Collections.Frozen;

namespace Kvu.Bot.Formation;

public static class RoleCatalog
{
    public const string KhnOrganisation = "Koninklijke Horeca Nederland";

    public static IReadOnlyList<WerkgroepRole> All { get; } = Enum.GetValues<WerkgroepRole>();

    /// <summary>
    /// Command words, Dutch first; a few English ones for users with an English Teams client. Matching ignores case,
    /// spaces, hyphens and diacritics, so "horeca-ondernemer", "Horeca ondernemer" and "horecaondernemer" are one word.
    /// </summary>
    private static readonly FrozenDictionary<WerkgroepRole, string[]> Words = new Dictionary<WerkgroepRole, string[]>
    {
        [WerkgroepRole.Gemeente] = ["gemeente", "municipality"],
        [WerkgroepRole.Politie] = ["politie", "police"],
        [WerkgroepRole.KhnAfdelingsbestuur] = ["khn", "afdelingsbestuur", "khn afdelingsbestuur", "afdelingsbestuur khn", "koninklijke horeca nederland"],
        [WerkgroepRole.HorecaOndernemer] = ["horeca", "horecaondernemer", "horeca-ondernemer", "ondernemer", "horeca entrepreneur"],
        [WerkgroepRole.KhnRegioadviseur] = ["regioadviseur", "khn regioadviseur", "regioadviseur khn", "adviseur", "regional adviser"],
        [WerkgroepRole.Brandweer] = ["brandweer", "fire brigade", "fire service"],
        [WerkgroepRole.OpenbaarVervoer] = ["ov", "openbaar vervoer", "openbaarvervoer", "vervoerder", "public transport"],
        [WerkgroepRole.Mkb] = ["mkb", "winkeliers", "sme"],
        [WerkgroepRole.Jongerenwerk] = ["jongerenwerk", "jongerenwerker", "youth work"],
        [WerkgroepRole.Bewoners] = ["bewoners", "bewoner", "buurtbewoners", "residents"],
        [WerkgroepRole.Overig] = ["overig", "anders", "other"],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, WerkgroepRole> ByWord = Words
        .SelectMany(pair => pair.Value.Append(pair.Key.ToString()).Select(word => (Key: Normalize(word), Role: pair.Key)))
        .DistinctBy(entry => entry.Key)
        .ToFrozenDictionary(entry => entry.Key, entry => entry.Role);

    public static RoleNeed Need(WerkgroepRole role) => role switch
    {
        // "De werkgroep bestaat uit vertegenwoordigers van: de gemeente (projectleider), de politie,
        // het afdelingsbestuur Koninklijke Horeca Nederland (KHN), horecaondernemers"
        WerkgroepRole.Gemeente or WerkgroepRole.Politie or WerkgroepRole.KhnAfdelingsbestuur
            or WerkgroepRole.HorecaOndernemer => RoleNeed.Required,

        // "Het is belangrijk dat de regioadviseur KHN als adviseur deel uitmaakt van de werkgroep."
        WerkgroepRole.KhnRegioadviseur => RoleNeed.Adviser,

        // "... en vaak ook de brandweer."
        WerkgroepRole.Brandweer => RoleNeed.Recommended,

        // "De werkgroep wordt soms aangevuld met vertegenwoordigers van: ..."
        _ => RoleNeed.Optional,
    };

    /// <summary>Null where each member brings their own organisation (a horeca business, a bewonersvereniging, ...).</summary>
    public static string? DefaultOrganisation(WerkgroepRole role, string gemeente) => role switch
    {
        WerkgroepRole.Gemeente => $"Gemeente {gemeente.Trim()}",
        WerkgroepRole.Politie => "Politie",
        WerkgroepRole.KhnAfdelingsbestuur or WerkgroepRole.KhnRegioadviseur => KhnOrganisation,
        WerkgroepRole.Brandweer => "Brandweer",
        _ => null,
    };

    public static IReadOnlyList<string> Keywords(WerkgroepRole role) => Words[role];

    /// <summary>
    /// Horeca representation ("natte horeca" and uitgaansgerelateerde bedrijven) is what covers horecastraten,
    /// -pleinen and publiekstrekkers, and what may represent restaurants.
    /// </summary>
    public static bool IsHorecaRepresentative(WerkgroepRole role) =>
        role is WerkgroepRole.KhnAfdelingsbestuur or WerkgroepRole.HorecaOndernemer;

    public static bool TryParse(string? text, out WerkgroepRole role)
    {
        role = default;
        return text is not null && ByWord.TryGetValue(Normalize(text), out role);
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
