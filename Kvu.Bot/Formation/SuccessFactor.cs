namespace Kvu.Bot.Formation;

/// <summary>"Belangrijke aspecten voor een succesvolle projectgroep zijn:" - the ten bullets, in the seed's order.</summary>
public enum SuccessFactor
{
    // Gesprekspartners hebben voldoende beslissingsbevoegdheid om activiteiten te kunnen uitvoeren.
    SufficientDecisionAuthority,

    // Organisaties zijn niet over- of ondervertegenwoordigd in de projectgroep.
    BalancedRepresentation,

    // De aanpak van het probleem wordt gezamenlijk in de werkgroep geformuleerd.
    JointApproach,

    // Deelnemers zijn op de hoogte van ieders verantwoordelijkheden.
    KnownResponsibilities,

    // Er zijn duidelijke afspraken over de te hanteren begrippen.
    AgreedTerms,

    // De verwachtingen van de deelnemers zijn duidelijk in beeld gebracht.
    ExplicitExpectations,

    // Neem bij deelname van restaurants een aparte vertegenwoordiging voor deze groep op in werkgroep/projectteam.
    RestaurantsOwnRepresentative,

    // Leden van de werkgroep zorgen zelf voor terugkoppeling naar hun eigen achterban over de voortgang van de KVU.
    ReportBackToConstituency,

    // Deelnemers van de werkgroep hebben een zeker mandaat om beslissingen te nemen (of na terugkoppeling binnen korte termijn).
    MandateToDecide,

    // Leden zorgen tijdens hun afwezigheid (bijvoorbeeld ziekte of vakantie) voor een goed ingewerkte plaatsvervanger.
    BriefedSubstitute,
}
