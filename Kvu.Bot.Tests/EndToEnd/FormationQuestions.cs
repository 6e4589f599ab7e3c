namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>The formation conversation's question titles (Texts.resx), each the one thing an end-to-end test waits for after an answer.</summary>
internal static class FormationQuestions
{
    public const string AskGemeente = "Voor welke gemeente is dit KVU-project?";
    public const string AskGebied = "Hoe heet het uitgaansgebied?";
    public const string AskTeam = "In welk team werkt de werkgroep?";
    public const string AskInstemming = "Hebben de betrokken partijen ingestemd met de KVU";
    public const string AskIntentieverklaring = "Hoe staat het met de intentieverklaring?";
    public const string AskProjectleider = "Jij bent de projectleider van dit project.";
    public const string AskSecretaris = "Wie wordt projectsecretaris?";
    public const string AskProcesbegeleiderDetails = "Wie is de procesbegeleider?";
    public const string AskProcesbegeleider = "Wil je een procesbegeleider KVU inhuren via het CCV?";
    public const string AskPolitie = "Politie: wie zit er namens deze partij in de werkgroep?";
    public const string AskKhnAfdeling = "Afdelingsbestuur KHN: wie zit er namens deze partij in de werkgroep?";
    public const string AskHorecaOndernemer = "Horecaondernemer: wie zit er namens deze partij in de werkgroep?";
    public const string AskMoreHoreca = "Wil je nog een horecaondernemer toevoegen?";
    public const string AskRegioadviseur = "Regioadviseur KHN: wie zit er namens deze partij in de werkgroep?";
    public const string AskBrandweer = "Brandweer: wie zit er namens deze partij in de werkgroep?";
    public const string AskExtraRoles = "Wil je nog een partij toevoegen?";
    public const string AskAreas = "Welke horecastraten, -pleinen en publiekstrekkers heeft Binnenstad?";
    public const string AskCoverage = "Wie van de horeca vertegenwoordigt welke plek?";
    public const string AskRestaurants = "Doen restaurants mee aan de KVU?";
    public const string AskBodies = "Zijn er in Binnenstad al andere overleggen over uitgaan";
}
