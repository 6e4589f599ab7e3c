namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// The texts of the werkgroep cards (Formation/Cards), from Cards.resx (Dutch, the neutral language) and
/// Cards.en.resx. Kept apart from Texts.resx so card work and conversation work do not edit the same files.
/// </summary>
public static class CardText
{
    public const string BaseName = "Kvu.Bot.Formation.Cards.Cards";

    public const string OverviewTitle = nameof(OverviewTitle);
    public const string OverviewSubtitle = nameof(OverviewSubtitle);
    public const string Phase = nameof(Phase);
    public const string PhaseValue = nameof(PhaseValue);
    public const string Agreement = nameof(Agreement);
    public const string AgreementValue = nameof(AgreementValue);
    public const string Intentieverklaring = nameof(Intentieverklaring);
    public const string SignedOn = nameof(SignedOn);
    public const string Projectleider = nameof(Projectleider);
    public const string Secretaris = nameof(Secretaris);
    public const string Procesbegeleider = nameof(Procesbegeleider);
    public const string Restaurants = nameof(Restaurants);
    public const string NotYet = nameof(NotYet);
    public const string Yes = nameof(Yes);
    public const string No = nameof(No);
    public const string Unknown = nameof(Unknown);
    public const string WerkgroepHeading = nameof(WerkgroepHeading);
    public const string WerkgroepHint = nameof(WerkgroepHint);
    public const string NoMembers = nameof(NoMembers);
    public const string VacantName = nameof(VacantName);
    public const string VacantStatus = nameof(VacantStatus);
    public const string Substitute = nameof(Substitute);
    public const string NoSubstitute = nameof(NoSubstitute);
    public const string MandateLine = nameof(MandateLine);
    public const string ForRestaurants = nameof(ForRestaurants);
    public const string AreasHeading = nameof(AreasHeading);
    public const string NoAreas = nameof(NoAreas);
    public const string AreaUncovered = nameof(AreaUncovered);
    public const string ConsultationHeading = nameof(ConsultationHeading);
    public const string OpenPointsHeading = nameof(OpenPointsHeading);
    public const string NoOpenPoints = nameof(NoOpenPoints);
    public const string FactorsHeading = nameof(FactorsHeading);
    public const string FactorsSummary = nameof(FactorsSummary);
    public const string FactorAdvice = nameof(FactorAdvice);
    public const string TasksSummary = nameof(TasksSummary);
    public const string ButtonEdit = nameof(ButtonEdit);
    public const string ButtonTasks = nameof(ButtonTasks);
    public const string ButtonFactors = nameof(ButtonFactors);
    public const string ButtonOverview = nameof(ButtonOverview);
    public const string EditSectionsHeading = nameof(EditSectionsHeading);
    public const string EditPlaceholder = nameof(EditPlaceholder);
    public const string ButtonFullOverview = nameof(ButtonFullOverview);
    public const string CountWerkgroep = nameof(CountWerkgroep);
    public const string CountWerkgroepValue = nameof(CountWerkgroepValue);
    public const string CountOpenPoints = nameof(CountOpenPoints);
    public const string CountOpenPointsValue = nameof(CountOpenPointsValue);
    public const string CountTasksValue = nameof(CountTasksValue);
    public const string TopOpenPointsHeading = nameof(TopOpenPointsHeading);
    public const string NextStep = nameof(NextStep);
    public const string NextFixFirst = nameof(NextFixFirst);
    public const string NextInvite = nameof(NextInvite);
    public const string NextLinkChannel = nameof(NextLinkChannel);
    public const string NextAwaitAnswers = nameof(NextAwaitAnswers);
    public const string NextPropose = nameof(NextPropose);
    public const string ButtonFixNow = nameof(ButtonFixNow);
    public const string ButtonInvite = nameof(ButtonInvite);
    public const string ButtonInviteAgain = nameof(ButtonInviteAgain);
    public const string ButtonDocuments = nameof(ButtonDocuments);
    public const string ButtonPropose = nameof(ButtonPropose);
    public const string ButtonEditChosen = nameof(ButtonEditChosen);
    public const string NoOpenPointsAllFactors = nameof(NoOpenPointsAllFactors);
    public const string FactorsStillOpen = nameof(FactorsStillOpen);
    public const string TasksTitle = nameof(TasksTitle);
    public const string TasksIntro = nameof(TasksIntro);
    public const string TaskDoneOn = nameof(TaskDoneOn);
    public const string TaskOpen = nameof(TaskOpen);
    public const string TaskAssignedTo = nameof(TaskAssignedTo);
    public const string ButtonDone = nameof(ButtonDone);
    public const string ButtonUndo = nameof(ButtonUndo);
    public const string ButtonToSecretaris = nameof(ButtonToSecretaris);
    public const string ButtonToProjectleider = nameof(ButtonToProjectleider);
    public const string FactorsTitle = nameof(FactorsTitle);
    public const string FactorsIntro = nameof(FactorsIntro);
    public const string FactorConfirmed = nameof(FactorConfirmed);
    public const string FactorNote = nameof(FactorNote);
    public const string ButtonMet = nameof(ButtonMet);
    public const string ButtonNotMet = nameof(ButtonNotMet);
    public const string ButtonOpen = nameof(ButtonOpen);
    public const string ProjectsTitle = nameof(ProjectsTitle);
    public const string NoProjects = nameof(NoProjects);
    public const string ProjectActive = nameof(ProjectActive);
    public const string ButtonOpenProject = nameof(ButtonOpenProject);
    public const string ButtonNewProject = nameof(ButtonNewProject);
    public const string FactorLine = nameof(FactorLine);

    private static readonly ResourceManager Resources = new(BaseName, typeof(CardText).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}' in Formation/Cards/Cards.resx.");

    public static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>The label of an edit section (FormationCommands.Sections), e.g. "secretaris" → "Projectsecretaris".</summary>
    public static string Section(string section, CultureInfo culture) => Get($"Section_{section}", culture);

    /// <summary>A success factor in a few words, for the overview; FormationText.Name gives the KVU text's full sentence.</summary>
    public static string FactorShort(SuccessFactor factor, CultureInfo culture) => Get($"FactorShort_{factor}", culture);
}
