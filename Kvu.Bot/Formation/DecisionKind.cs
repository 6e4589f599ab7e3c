namespace Kvu.Bot.Formation;

// One kind per mutation on KvuProject, so the decision log can say what changed without parsing text.
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
}
