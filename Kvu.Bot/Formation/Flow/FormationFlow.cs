using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// The guided conversation that takes a new projectleider from nothing to a complete werkgroep: the project,
/// its leadership, every seat at the table, the horeca places and who covers them, the restaurants, and the
/// existing consultations. The same steps, started one at a time in edit mode, change an answer later.
/// </summary>
public sealed class FormationFlow(FormationSession session) : IFlow
{
    public const string FlowName = "werkgroep";

    /// <summary>
    /// In <see cref="FlowState.Values"/>: set to the last step of the section being changed; the flow ends there
    /// and shows the overview instead of going on to the next question.
    /// </summary>
    public const string EditMode = "edit";

    /// <summary>
    /// In <see cref="FlowState.Values"/> of a change made with "wijzig" in the middle of the questions: the questions
    /// wait (as if stopped) and carry on where the user was once the change is saved, so the change ends without the
    /// overview, whose "wat nu" would point past the questions not yet asked.
    /// </summary>
    public const string Interrupting = "interrupting";

    /// <summary>The order of the steps; branches skip ahead with "after" (e.g. no date when not yet signed).</summary>
    private static readonly IReadOnlyList<string> Order =
    [
        FormationSteps.Gemeente, FormationSteps.Gebied, FormationSteps.Team, FormationSteps.Instemming, FormationSteps.Intentieverklaring, FormationSteps.Getekend,
        FormationSteps.Projectleider, FormationSteps.ProjectleiderRol, FormationSteps.Secretaris, FormationSteps.Procesbegeleider,
        FormationSteps.ProcesbegeleiderGegevens,
        FormationSteps.Member(WerkgroepRole.Politie), FormationSteps.Member(WerkgroepRole.KhnAfdelingsbestuur),
        FormationSteps.Member(WerkgroepRole.HorecaOndernemer), FormationSteps.MeerHoreca,
        FormationSteps.Member(WerkgroepRole.KhnRegioadviseur), FormationSteps.Member(WerkgroepRole.Brandweer), FormationSteps.ExtraRollen,
        FormationSteps.HorecaPlekken, FormationSteps.Dekking, FormationSteps.Restaurants, FormationSteps.RestaurantVertegenwoordiger,
        FormationSteps.Overleggen, FormationSteps.OverleggenLot,
    ];

    public string Name => FlowName;

    public string FirstStep => FormationSteps.Gemeente;

    public FormationSession Session => session;

    public IFlowStep Step(string id) => id switch
    {
        FormationSteps.Gemeente => ProjectQuestions.Gemeente(this),
        FormationSteps.Gebied => ProjectQuestions.Gebied(this),
        FormationSteps.Team => TeamQuestions.Team(this),
        FormationSteps.Instemming => ProjectQuestions.Instemming(this),
        FormationSteps.Intentieverklaring => ProjectQuestions.Intentieverklaring(this),
        FormationSteps.Getekend => ProjectQuestions.Getekend(this),
        FormationSteps.Projectleider => LeadershipQuestions.Projectleider(this),
        FormationSteps.ProjectleiderRol => LeadershipQuestions.ProjectleiderRol(this),
        FormationSteps.Secretaris => LeadershipQuestions.Secretaris(this),
        FormationSteps.Procesbegeleider => LeadershipQuestions.Procesbegeleider(this),
        FormationSteps.ProcesbegeleiderGegevens => LeadershipQuestions.ProcesbegeleiderGegevens(this),
        FormationSteps.MeerHoreca => MemberQuestions.MeerHoreca(this),
        FormationSteps.ExtraRollen => MemberQuestions.ExtraRollen(this),
        FormationSteps.HorecaPlekken => HorecaQuestions.Plekken(this),
        FormationSteps.Dekking => HorecaQuestions.Dekking(this),
        FormationSteps.Restaurants => HorecaQuestions.Restaurants(this),
        FormationSteps.Overleggen => ConsultationQuestions.Overleggen(this),
        FormationSteps.OverleggenLot => ConsultationQuestions.Lot(this),
        _ when id.StartsWith(FormationSteps.MemberPrefix, StringComparison.Ordinal) => MemberQuestions.Member(this, id),
        _ => throw new ArgumentException($"The formation flow has no step '{id}'.", nameof(id)),
    };

    public static bool IsEditing(FlowState state) => state.Values.ContainsKey(EditMode);

    public static bool IsInterrupting(FlowState state) => state.Values.ContainsKey(Interrupting);

    public async Task<KvuProject> CreateProjectAsync(FlowTurn turn, string gemeente, string uitgaansgebied, CancellationToken cancellationToken)
    {
        var input = turn.Input;
        var project = KvuProject.Create(Guid.NewGuid().ToString("N"), input.User.TenantId, gemeente, uitgaansgebied, input.User.ToPerson(), input.Now);
        await session.Projects.CreateAsync(project, cancellationToken);
        await session.Access.GrantAsync(
            new ProjectAccess(input.User.TenantId, input.User.Key, project.Id, project.Gemeente, project.Uitgaansgebied, ProjectAccessRole.Projectleider, input.Now),
            cancellationToken);
        turn.State.ProjectId = project.Id;
        turn.State.Values.Remove("gemeente");
        return project;
    }

    /// <summary>
    /// After a saved answer: the next question (after <paramref name="after"/>, default the current step), or in
    /// edit mode straight back to the overview; when nothing is left, the werkgroep's overview with its open points.
    /// </summary>
    public StepOutcome Proceed(FlowTurn turn, KvuProject project, string? after = null, Reply? before = null)
    {
        var culture = turn.Input.Culture;
        var from = after ?? turn.State.Step;
        if (IsEditing(turn.State))
        {
            var last = turn.State.Values[EditMode];
            var following = NextAfter(from);
            var sectionDone = from == last || following is null || !Order.Contains(last) || IndexOf(following) > IndexOf(last);
            var saved = before ?? Reply.Say(BotText.Get(ConversationText.EditSaved, culture));
            return !sectionDone ? StepOutcome.GoTo(following!, before)
                : IsInterrupting(turn.State) ? StepOutcome.Done(saved)
                : StepOutcome.Done(saved, FormationReplies.Overview(project, culture));
        }

        var next = NextAfter(from);
        return next is null
            ? StepOutcome.Done([.. before is null ? Array.Empty<Reply>() : [before], Reply.Say(BotText.Get(ConversationText.FlowFinished, culture)), FormationReplies.Overview(project, culture)])
            : StepOutcome.GoTo(next, before);
    }

    /// <summary>Saves the answer (<see cref="FormationSession.ChangeAsync"/>) and goes on to the next question.</summary>
    public Task<StepOutcome> SaveAsync(FlowTurn turn, Action<KvuProject, PersonRef, DateTimeOffset> change, CancellationToken cancellationToken) =>
        session.ChangeAsync(turn, change, p => Proceed(turn, p), cancellationToken);

    /// <summary>
    /// Saves the answer of a question only its card can answer (a field per place or per consultation body); a typed
    /// answer gets <paramref name="help"/>, which says to use the card.
    /// </summary>
    public Task<StepOutcome> SaveFromCardAsync(FlowTurn turn, string help, Action<KvuProject, PersonRef, DateTimeOffset> change, CancellationToken cancellationToken) =>
        turn.Input.Data is null
            ? Task.FromResult(StepOutcome.Invalid(turn.Text(help)))
            : SaveAsync(turn, change, cancellationToken);

    /// <summary>Goes on without a change (skipped, "later", nothing to add): the next question after <paramref name="after"/>, default this one.</summary>
    public async Task<StepOutcome> SkipAsync(FlowTurn turn, string? after, CancellationToken cancellationToken) =>
        Proceed(turn, await session.LoadAsync(turn, cancellationToken), after);

    /// <summary>
    /// The problem with names added to one of the project's lists (its places, its consultation bodies), or null: each
    /// name is a field on a card and a line on the overview, so the list with them (each name once, whatever its case)
    /// stays within one list's limit, however they were typed or added over several answers.
    /// </summary>
    public static InputProblem? ListLimit(IEnumerable<string> known, IEnumerable<string> added, string label) =>
        InputLimits.Count(known.Concat(added).Distinct(StringComparer.OrdinalIgnoreCase).Count(), InputLimits.ListItems, label);

    /// <summary>Where "start" picks up a project whose flow was stopped: the first essential question still open.</summary>
    public static string? ResumeStep(KvuProject project)
    {
        bool Seated(WerkgroepRole role) => project.Members.Any(m => m.Role == role && m.Status != MemberStatus.Declined);
        if (project.PartiesAgreed is null)
        {
            return FormationSteps.Instemming;
        }

        if (project.Projectleider is null)
        {
            return FormationSteps.Projectleider;
        }

        if (project.SecretarisChoice == SecretarisChoice.Unknown)
        {
            return FormationSteps.Secretaris;
        }

        if (project.Procesbegeleider.Choice == ProcesbegeleiderChoice.Unknown)
        {
            return FormationSteps.Procesbegeleider;
        }

        var vacant = FormationSteps.CoreRoles.Where(r => RoleCatalog.Need(r) is RoleNeed.Required or RoleNeed.Adviser).FirstOrDefault(r => !Seated(r));
        if (vacant != default)
        {
            return FormationSteps.Member(vacant);
        }

        if (project.HorecaAreas.Count == 0)
        {
            return FormationSteps.HorecaPlekken;
        }

        return project.RestaurantsTakePart is null ? FormationSteps.Restaurants : null;
    }

    private static string? NextAfter(string step)
    {
        if (step.StartsWith(FormationSteps.MemberPrefix, StringComparison.Ordinal)
            && Enum.TryParse<WerkgroepRole>(step[FormationSteps.MemberPrefix.Length..], out var role)
            && FormationSteps.ExtraRoles.Contains(role))
        {
            return FormationSteps.ExtraRollen;
        }

        var index = IndexOf(step);
        return index >= 0 && index + 1 < Order.Count ? Order[index + 1] : null;
    }

    private static int IndexOf(string step) => Order.ToList().IndexOf(step);
}
