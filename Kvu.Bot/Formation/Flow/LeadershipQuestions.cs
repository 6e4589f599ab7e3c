using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Flow;

/// <summary>Who leads: the projectleider (gemeente or external), the projectsecretaris and a CCV procesbegeleider.</summary>
public static class LeadershipQuestions
{
    public static IFlowStep Projectleider(FormationFlow flow) => new QuestionStep(
        FormationSteps.Projectleider,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Projectleider, turn.Text(ConversationText.Ask_ProjectleiderOrigin), turn.Text(ConversationText.Explain_ProjectleiderOrigin))
        {
            Choices = FormationChoices.Of<ProjectleiderOrigin>(turn.Input.Culture),
        }),
        async (turn, question, cancellationToken) =>
        {
            if (FormationChoices.Read<ProjectleiderOrigin>(question, turn.Input) is not { } origin)
            {
                return StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture));
            }

            if (origin == ProjectleiderOrigin.Extern)
            {
                return StepOutcome.GoTo(FormationSteps.ProjectleiderRol);
            }

            var person = await ProjectleiderPersonAsync(flow, turn, cancellationToken);
            return await flow.Session.ChangeAsync(turn, (p, by, at) => p.SetProjectleider(person, ProjectleiderOrigin.Gemeente, null, by, at), p => flow.Proceed(turn, p, after: FormationSteps.ProjectleiderRol), cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_ProjectleiderOrigin, c));

    public static IFlowStep ProjectleiderRol(FormationFlow flow) => new QuestionStep(
        FormationSteps.ProjectleiderRol,
        (turn, _) => Task.FromResult(new Question(FormationSteps.ProjectleiderRol, turn.Text(ConversationText.Ask_ExternalCapacity))
        {
            Choices = FormationChoices.Of<ExternalCapacity>(turn.Input.Culture),
        }),
        async (turn, question, cancellationToken) =>
        {
            if (FormationChoices.Read<ExternalCapacity>(question, turn.Input) is not { } capacity)
            {
                return StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture));
            }

            var person = await ProjectleiderPersonAsync(flow, turn, cancellationToken);
            return await flow.SaveAsync(turn, (p, by, at) => p.SetProjectleider(person, ProjectleiderOrigin.Extern, capacity, by, at), cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_ProjectleiderOrigin, c));

    public static IFlowStep Secretaris(FormationFlow flow) => new QuestionStep(
        FormationSteps.Secretaris,
        async (turn, cancellationToken) =>
        {
            var (project, people) = await PickableAsync(flow, turn, cancellationToken);
            return new Question(FormationSteps.Secretaris, turn.Text(ConversationText.Ask_Secretaris), turn.Text(ConversationText.Explain_Secretaris))
            {
                Fields = TeamPick.PersonFields(turn, people, project.Secretaris),
                Choices = [new(FormationChoices.Later, turn.Text(ConversationText.Choice_Later))],
            };
        },
        async (turn, question, cancellationToken) =>
        {
            if (Answers.MatchChoice(question, turn.Input)?.Value == FormationChoices.Later)
            {
                return await flow.SaveAsync(turn, (p, by, at) => p.SecretarisLater(by, at), cancellationToken);
            }

            var (person, problem) = TeamPick.Read(turn, (await PickableAsync(flow, turn, cancellationToken)).People);
            if (person is null)
            {
                return StepOutcome.Invalid(problem!);
            }

            return await flow.SaveAsync(turn, (p, by, at) => p.AppointSecretaris(person, by, at), cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_Secretaris, c));

    public static IFlowStep Procesbegeleider(FormationFlow flow) => new QuestionStep(
        FormationSteps.Procesbegeleider,
        (turn, _) => Task.FromResult(new Question(FormationSteps.Procesbegeleider, turn.Text(ConversationText.Ask_Procesbegeleider), turn.Text(ConversationText.Explain_Procesbegeleider))
        {
            Choices = FormationChoices.YesNo(turn, new Question.Choice(FormationChoices.Later, turn.Text(ConversationText.Choice_DecideLater))),
        }),
        (turn, question, cancellationToken) =>
        {
            var choice = Answers.MatchChoice(question, turn.Input)?.Value;
            return choice switch
            {
                FormationChoices.Yes => Task.FromResult(StepOutcome.GoTo(FormationSteps.ProcesbegeleiderGegevens)),
                FormationChoices.No or FormationChoices.Later => flow.Session.ChangeAsync(
                    turn,
                    (p, by, at) => p.SetProcesbegeleider(choice == FormationChoices.No ? ProcesbegeleiderChoice.No : ProcesbegeleiderChoice.Later, null, null, by, at),
                    p => flow.Proceed(turn, p, after: FormationSteps.ProcesbegeleiderGegevens),
                    cancellationToken),
                _ => Task.FromResult(StepOutcome.Invalid(Answers.ChoiceProblem(question, turn.Input.Culture))),
            };
        },
        c => BotText.Get(ConversationText.Help_Procesbegeleider, c));

    public static IFlowStep ProcesbegeleiderGegevens(FormationFlow flow) => new QuestionStep(
        FormationSteps.ProcesbegeleiderGegevens,
        async (turn, cancellationToken) =>
        {
            var (project, people) = await PickableAsync(flow, turn, cancellationToken);
            var current = project.Procesbegeleider;
            return new Question(FormationSteps.ProcesbegeleiderGegevens, turn.Text(ConversationText.Ask_ProcesbegeleiderDetails))
            {
                Fields =
                [
                    .. TeamPick.Field(turn, people, null),
                    new("naam", turn.Text(ConversationText.Field_Name), Value: current.Name, IsRequired: people.Count == 0),
                    new("contact", turn.Text(ConversationText.Field_Contact), Value: current.Contact, IsRequired: people.Count == 0),
                ],
            };
        },
        async (turn, _, cancellationToken) =>
        {
            var picked = TeamPick.Picked(turn.Input, (await PickableAsync(flow, turn, cancellationToken)).People);
            var (name, contact) = picked is not null ? (picked.DisplayName, picked.Email)
                : turn.Input.Data is null ? SplitOnComma(turn.Input.Text) : (turn.Input.Field("naam"), turn.Input.Field("contact"));
            var cleanName = Answers.Name(name);
            return cleanName is null
                ? StepOutcome.Invalid(turn.Input.Data is null ? turn.Text(ConversationText.Help_ProcesbegeleiderDetails) : BotText.Format(ConversationText.Invalid_FieldEmpty, turn.Input.Culture, turn.Text(ConversationText.Field_Name)))
                : await flow.SaveAsync(turn, (p, by, at) => p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, cleanName, contact, by, at), cancellationToken);
        },
        c => BotText.Get(ConversationText.Help_ProcesbegeleiderDetails, c));

    /// <summary>The project, and the people of its team one can pick: its members except the projectleider, who already leads.</summary>
    private static async Task<(KvuProject Project, IReadOnlyList<TeamPerson> People)> PickableAsync(FormationFlow flow, FlowTurn turn, CancellationToken cancellationToken)
    {
        var project = await flow.Session.LoadAsync(turn, cancellationToken);
        return (project, await TeamPick.PeopleAsync(turn, project, [project.Projectleider?.Person.AadObjectId ?? turn.Input.User.AadObjectId], cancellationToken));
    }

    /// <summary>The one who starts the project leads it; an edit by the secretaris keeps the projectleider.</summary>
    private static async Task<PersonRef> ProjectleiderPersonAsync(FormationFlow flow, FlowTurn turn, CancellationToken cancellationToken) =>
        (await flow.Session.LoadAsync(turn, cancellationToken)).Projectleider?.Person ?? turn.Input.User.ToPerson();

    private static (string? Name, string? Contact) SplitOnComma(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? (text, null) : (text[..comma], text[(comma + 1)..].Trim());
    }
}
