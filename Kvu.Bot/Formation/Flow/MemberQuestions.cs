using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// The werkgroep's seats: one card per representative with name, e-mail, organisation, mandate and
/// plaatsvervanger. Step "lid:{Role}" adds a representative, "lid:{memberId}" edits one, "lid:restaurants" adds
/// the restaurants' own representative.
/// </summary>
public static class MemberQuestions
{
    private const string Restaurants = "restaurants";

    public static IFlowStep Member(FormationFlow flow, string stepId)
    {
        var target = stepId[FormationSteps.MemberPrefix.Length..];
        return new QuestionStep(
            stepId,
            async (turn, cancellationToken) =>
            {
                var project = await flow.Session.LoadAsync(turn, cancellationToken);
                return Ask(turn, stepId, target, project, await PickableAsync(turn, project, target, cancellationToken));
            },
            (turn, question, cancellationToken) => AnswerAsync(flow, turn, question, target, cancellationToken),
            c => BotText.Get(ConversationText.Help_Member, c));
    }

    public static IFlowStep MeerHoreca(FormationFlow flow) => new QuestionStep(
        FormationSteps.MeerHoreca,
        (turn, _) => Task.FromResult(new Question(FormationSteps.MeerHoreca, turn.Text(ConversationText.Ask_MoreHoreca), turn.Text(ConversationText.Explain_MoreHoreca))
        {
            Choices = FormationChoices.YesNo(turn),
        }),
        async (turn, question, cancellationToken) => Answers.MatchChoice(question, turn.Input)?.Value switch
        {
            FormationChoices.Yes => StepOutcome.GoTo(FormationSteps.Member(WerkgroepRole.HorecaOndernemer)),
            FormationChoices.No => await flow.SkipAsync(turn, null, cancellationToken),
            _ => StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture)),
        },
        c => BotText.Get(ConversationText.Explain_MoreHoreca, c));

    public static IFlowStep ExtraRollen(FormationFlow flow) => new QuestionStep(
        FormationSteps.ExtraRollen,
        (turn, _) => Task.FromResult(new Question(FormationSteps.ExtraRollen, turn.Text(ConversationText.Ask_ExtraRoles), turn.Text(ConversationText.Explain_ExtraRoles))
        {
            Choices = [.. FormationSteps.ExtraRoles.Select(r => new Question.Choice(r.ToString(), FormationText.Name(r, turn.Input.Culture))), new("verder", turn.Text(ConversationText.Choice_NoContinue))],
        }),
        async (turn, question, cancellationToken) =>
        {
            var choice = Answers.MatchChoice(question, turn.Input)?.Value;
            if (choice is null && RoleCatalog.TryParse(turn.Input.Answer, out var typed) && FormationSteps.ExtraRoles.Contains(typed))
            {
                choice = typed.ToString();
            }

            return choice switch
            {
                null => StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture)),
                "verder" => await flow.SkipAsync(turn, null, cancellationToken),
                _ => StepOutcome.GoTo(FormationSteps.MemberPrefix + choice),
            };
        },
        c => BotText.Get(ConversationText.Explain_ExtraRoles, c));

    /// <summary>
    /// People of the werkgroep's team who have no seat yet (the one being edited keeps theirs). The projectleider and
    /// the secretaris are offered only for the gemeente's seat: they speak for the gemeente, not for another party.
    /// </summary>
    private static Task<IReadOnlyList<TeamPerson>> PickableAsync(FlowTurn turn, KvuProject project, string target, CancellationToken cancellationToken)
    {
        var seated = project.Members.Where(m => m.Id != target).Select(m => m.Person.AadObjectId);
        var forGemeente = (project.FindMember(target)?.Role ?? (Enum.TryParse<WerkgroepRole>(target, out var role) ? role : WerkgroepRole.HorecaOndernemer)) == WerkgroepRole.Gemeente;
        return TeamPick.PeopleAsync(turn, project, forGemeente ? seated : [.. seated, project.Projectleider?.Person.AadObjectId, project.Secretaris?.AadObjectId], cancellationToken);
    }

    private static Question Ask(FlowTurn turn, string stepId, string target, KvuProject project, IReadOnlyList<TeamPerson> pickable)
    {
        var culture = turn.Input.Culture;
        var existing = project.FindMember(target);
        var role = existing?.Role ?? (target == Restaurants ? WerkgroepRole.HorecaOndernemer : Enum.Parse<WerkgroepRole>(target));
        var roleName = FormationText.Name(role, culture);
        var title = existing is not null
            ? BotText.Format(ConversationText.Ask_MemberEdit, culture, $"{roleName}: {existing.Person.DisplayName}")
            : target == Restaurants ? turn.Text(ConversationText.Ask_RestaurantRep) : BotText.Format(ConversationText.Ask_Member, culture, roleName);
        var why = target == Restaurants ? ConversationText.Explain_Restaurants : RoleCatalog.Need(role) switch
        {
            RoleNeed.Required => ConversationText.Explain_Required,
            RoleNeed.Adviser => ConversationText.Explain_Adviser,
            RoleNeed.Recommended => ConversationText.Explain_Recommended,
            _ => ConversationText.Explain_Optional,
        };

        return new Question(stepId, title, $"{turn.Text(why)} {turn.Text(ConversationText.Explain_Mandate)}")
        {
            Fields =
            [
                .. TeamPick.PersonFields(turn, pickable, existing?.Person),
                new("organisatie", turn.Text(ConversationText.Field_Organisation), Value: existing?.Organisation ?? RoleCatalog.DefaultOrganisation(role, project.Gemeente)),
                new("mandaat", turn.Text(ConversationText.Field_Mandate), Value: (existing?.Mandate ?? Mandate.Unknown).ToString())
                {
                    Options = FormationChoices.Of<Mandate>(culture),
                },
                new("pv-naam", turn.Text(ConversationText.Field_SubstituteName), Value: existing?.Substitute?.DisplayName, IsRequired: false),
                new("pv-email", turn.Text(ConversationText.Field_SubstituteEmail), Value: existing?.Substitute?.Email, IsRequired: false) { MaxLength = InputLimits.Email },
            ],
            Choices = existing is null ? [new(FormationChoices.Later, turn.Text(ConversationText.Choice_FillInLater))] : [],
        };
    }

    private static async Task<StepOutcome> AnswerAsync(FormationFlow flow, FlowTurn turn, Question question, string target, CancellationToken cancellationToken)
    {
        var input = turn.Input;
        if (Answers.MatchChoice(question, input)?.Value == FormationChoices.Later)
        {
            return await flow.SkipAsync(turn, null, cancellationToken);
        }

        var picked = TeamPick.Picked(input, await PickableAsync(turn, await flow.Session.LoadAsync(turn, cancellationToken), target, cancellationToken));
        var typed = input.Data is null ? PersonAnswer.Parse(input.Text) : (null, null);
        var pending = input.Data is null && typed.Person is null && !input.Text.Contains('@', StringComparison.Ordinal) ? PendingPerson(turn.State, target) : null;
        var person = picked
            ?? (input.Data is null ? typed.Person ?? pending : PersonAnswer.From(input.Field("naam"), input.Field("email")));
        if (person is null)
        {
            return StepOutcome.Invalid(TeamPick.Problem(turn));
        }

        var substituteName = input.Field("pv-naam");
        var substituteEmail = input.Field("pv-email");
        PersonRef? substitute = null;
        if (!string.IsNullOrEmpty(substituteName) || !string.IsNullOrEmpty(substituteEmail))
        {
            substitute = PersonAnswer.From(substituteName, substituteEmail);
            if (substitute is null)
            {
                return StepOutcome.Invalid(
                    PersonAnswer.Problem(substituteName, substituteEmail, turn.Text(ConversationText.Field_SubstituteName), turn.Text(ConversationText.Field_SubstituteEmail), input.Culture)
                    ?? turn.Text(ConversationText.Invalid_Substitute));
            }
        }

        // Typed, a seat without a default organisation asks for it; the answer to that is the organisation alone,
        // for the person typed just before (kept in the flow's state), so the typed path never asks in circles.
        var organisation = input.Data is null ? pending is not null ? Answers.Name(input.Text) : typed.Organisation : Answers.Name(input.Field("organisatie"));
        if (input.Data is null)
        {
            KeepPending(turn.State, target, person);
        }

        var mandate = Enum.TryParse<Mandate>(input.Field("mandaat"), out var m) ? m : Mandate.Unknown;
        string? saved = null;
        PersonRef? previous = null;
        return await flow.Session.ChangeAsync(
            turn,
            (p, by, at) =>
            {
                previous = p.FindMember(target)?.Person;
                saved = Apply(p, target, person, organisation, mandate, substitute, by, at);
            },
            p =>
            {
                ClearPending(turn.State, target);
                var member = p.FindMember(saved!)!;
                // "toegevoegd als lid namens Bewoners": the organisation the seat speaks for.
                var said = Reply.Say(
                    previous is null ? BotText.Format(ConversationText.MemberAdded, input.Culture, member.Person.DisplayName, member.Organisation)
                    // The card kept the previous holder's mandate and substitute unless the user changed them: say what was saved.
                    : !previous.IsSamePerson(member.Person) ? BotText.Format(member.Substitute is null ? ConversationText.SeatHandedOverNoSubstitute : ConversationText.SeatHandedOver, input.Culture,
                        member.Organisation, previous.DisplayName, member.Person.DisplayName, FormationText.Name(member.Mandate, input.Culture), member.Substitute?.DisplayName ?? string.Empty, Cards.FormationCommands.RoleTarget(member.Role))
                    : BotText.Format(ConversationText.MemberUpdated, input.Culture, member.Person.DisplayName, FormationText.Name(member.Role, input.Culture)));
                return flow.Proceed(turn, p, before: said);
            },
            cancellationToken);
    }

    private static string PendingKey(string target, string part) => $"typed:{target}:{part}";

    private static PersonRef? PendingPerson(FlowState state, string target) =>
        state.Values.GetValueOrDefault(PendingKey(target, "naam")) is { } name && state.Values.GetValueOrDefault(PendingKey(target, "email")) is { } email
            ? new PersonRef(name, null, email)
            : null;

    private static void KeepPending(FlowState state, string target, PersonRef person)
    {
        state.Values[PendingKey(target, "naam")] = person.DisplayName;
        state.Values[PendingKey(target, "email")] = person.Email ?? string.Empty;
    }

    private static void ClearPending(FlowState state, string target)
    {
        state.Values.Remove(PendingKey(target, "naam"));
        state.Values.Remove(PendingKey(target, "email"));
    }

    /// <returns>The id of the member added or changed.</returns>
    private static string Apply(KvuProject p, string target, PersonRef person, string? organisation, Mandate mandate, PersonRef? substitute, PersonRef by, DateTimeOffset at)
    {
        var existing = p.FindMember(target);
        if (existing is null)
        {
            var role = target == Restaurants ? WerkgroepRole.HorecaOndernemer : Enum.Parse<WerkgroepRole>(target);
            var added = p.AddMember(role, person, organisation, by, at);
            if (mandate != Mandate.Unknown)
            {
                p.SetMandate(added.Id, mandate, by, at);
            }

            if (substitute is not null)
            {
                p.SetSubstitute(added.Id, substitute, by, at);
            }

            if (target == Restaurants)
            {
                p.SetRepresentsRestaurants(added.Id, true, by, at);
            }

            return added.Id;
        }

        if (!existing.Person.IsSamePerson(person))
        {
            // The new holder starts without the previous one's mandate and substitute; what the card says is theirs.
            p.ReplaceRepresentative(existing.Id, person, by, at);
            existing = p.FindMember(existing.Id)!;
        }

        if (organisation is not null && organisation != existing.Organisation)
        {
            p.SetMemberOrganisation(existing.Id, organisation, by, at);
        }

        if (mandate != existing.Mandate)
        {
            p.SetMandate(existing.Id, mandate, by, at);
        }

        if (substitute != existing.Substitute && !(substitute?.IsSamePerson(existing.Substitute) ?? false))
        {
            p.SetSubstitute(existing.Id, substitute, by, at);
        }

        return existing.Id;
    }
}
