namespace Kvu.Bot.Formation;

/// <summary>"Afhankelijk van de afspraken binnen de werkgroep zijn de taken van de projectleider onder andere:" - in the seed's order.</summary>
public enum ProjectleiderTask
{
    // Zorgen voor afstemming en het bewaken van de activiteiten.
    CoordinateAndMonitorActivities,

    // Rapporteren, overleg voeren en afstemmen van de voortgang met alle betrokkenen.
    ReportProgressToStakeholders,

    // Implementeren van het project.
    ImplementProject,

    // In samenwerking met de afdeling communicatie de voorlichting rondom het project verzorgen.
    PublicInformation,

    // Beheren van het projectbudget.
    ManageBudget,

    // Optreden als contactpersoon.
    ActAsContactPerson,

    // Rapporteren KVU-activiteiten aan B&W en gemeenteraad.
    ReportToCouncil,

    // Benoemen van een projectsecretaris.
    AppointSecretaris,
}
