namespace Kvu.Bot.Formation;

/// <summary>Why an answer was refused. The flow shows resource FormationRule_{Code} and asks again.</summary>
public enum FormationRuleCode
{
    // A name (person, gemeente, uitgaansgebied, area, consultation body) is empty.
    EmptyName,

    // Not a usable e-mail address or UPN.
    InvalidEmail,

    // A person has neither a Teams identity nor an e-mail address: nobody could invite or remind them.
    PersonWithoutContact,

    // A role without a default organisation (horeca-ondernemer, bewoners, ...) was given no organisation.
    EmptyOrganisation,

    // A value outside the enum (e.g. a number cast to an enum, or a card tampered with).
    InvalidChoice,

    UnknownMember,

    // The same person already has a seat in the werkgroep.
    DuplicateMember,

    // A member cannot be their own plaatsvervanger.
    SubstituteIsMember,

    UnknownArea,
    DuplicateArea,

    // Only horeca representatives (afdelingsbestuur KHN or horeca-ondernemer) cover horecastraten and -pleinen.
    CoverageNeedsHorecaRole,

    // The separate representative for restaurants must be a horeca representative.
    RestaurantsNeedHorecaRole,

    SignedDateRequired,
    SignedDateInFuture,

    // A date of signing is only recorded when the intentieverklaring is signed.
    SignedDateNotAllowed,

    // An external projectleider is either projectleider namens de gemeente or technisch voorzitter.
    ExternalCapacityRequired,
    ExternalCapacityNotAllowed,

    // A hired procesbegeleider needs a name and contact details.
    ProcesbegeleiderDetailsRequired,
    ProcesbegeleiderDetailsNotAllowed,

    // Contact details are neither an e-mail address nor a phone number.
    InvalidContact,

    DuplicateConsultationBody,
    UnknownConsultationBody,

    // A task assigned to "someone else" needs that person; one assigned to projectleider/secretaris takes none.
    AssigneePersonRequired,
    AssigneePersonNotAllowed,

    // The project is archived: read-only until it is deleted after its retention period.
    ProjectArchived,

    // A phase move was decided for another phase than the one the project is in now (it moved meanwhile).
    PhaseChanged,

    // A checklist item the bot judges from the project's data cannot be ticked by hand.
    CheckNotManual,

    // A date of receipt or of a baseline cannot lie in the future.
    DateInFuture,

    // A text longer than the field allows.
    TextTooLong,

    // A list (knelpunten, indicators) is at its limit.
    ListFull,

    // A meting names an indicator the analysis does not have.
    UnknownIndicator,

    // A meting cannot lie before its indicator's nulmeting: it is compared with it.
    MetingBeforeBaseline,

    // The werkgroep meets every 1 to 26 weeks.
    RhythmOutOfRange,

    // A tussenmeting lies before the nameting.
    TussenmetingAfterNameting,

    // A knelpunt number the analysis does not have.
    UnknownKnelpunt,
}
