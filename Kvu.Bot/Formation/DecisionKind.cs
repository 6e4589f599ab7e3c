namespace Kvu.Bot.Formation;

/// <summary>One kind per mutation on KvuProject, so the decision log can say what changed without parsing text.</summary>
public enum DecisionKind
{
    ProjectCreated,
    AgreementSet,
    IntentieverklaringSet,
    ProjectleiderSet,
    SecretarisAppointed,
    SecretarisDeferred,
    ProcesbegeleiderSet,
    MemberAdded,
    RepresentativeReplaced,
    MemberRemoved,
    MandateSet,
    SubstituteSet,
    MemberStatusSet,
    RepresentsRestaurantsSet,
    MemberRoleSet,
    MemberOrganisationSet,
    HorecaAreaAdded,
    HorecaAreaRemoved,
    AreaCoverageAssigned,
    RestaurantsTakePartSet,
    ConsultationBodyAdded,
    ConsultationBodyFateSet,
    ConsultationBodyRemoved,
    SuccessFactorSet,
    TaskCompleted,
    TaskReopened,
    TaskAssigned,
    PhaseSet,
    ProjectRenamed,
    ChannelLinked,
    TeamsAccountLinked,
    ProjectArchived,
    ReportsBackSet,
    PhaseMoved,
    CheckTicked,
    KengetalSet,
    SourcePlanned,
    SourceReceived,
    KnelpuntAdded,
    IndicatorSet,
    FindingAdded,
    GoalSet,

    /// <summary>How often the projectleider reports to B&amp;W and the gemeenteraad (0: no rhythm any more).</summary>
    ReportingRhythmSet,

    /// <summary>A voortgangsrapportage was made when it was due; the next one is due a rhythm later.</summary>
    ReportedToBestuur,
}
