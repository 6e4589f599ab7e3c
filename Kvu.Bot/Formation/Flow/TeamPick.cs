using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// Picking a person from the werkgroep's team: every question about a person (a seat, the projectsecretaris, the
/// procesbegeleider) offers the same list, so that someone already in Teams is chosen, not typed, and keeps their
/// Teams identity (the bot can reach them for approvals later). Typing a name and e-mail address stays possible.
/// </summary>
public static class TeamPick
{
    public const string FieldId = "kies";

    /// <summary>The members of the werkgroep's team (or of this group chat or channel) except <paramref name="excluded"/>.</summary>
    public static async Task<IReadOnlyList<TeamPerson>> PeopleAsync(FlowTurn turn, KvuProject project, IEnumerable<string?> excluded, CancellationToken cancellationToken)
    {
        var teamId = project.Channel?.TeamId ?? turn.Input.Conversation.TeamId;
        var people = await turn.Input.Team.MembersAsync(teamId, cancellationToken);
        var skip = excluded.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. people.Where(p => !skip.Contains(p.AadObjectId))];
    }

    /// <summary>The drop-down, or none when there is nobody to pick (then name and e-mail are required).</summary>
    public static IReadOnlyList<Question.Field> Field(FlowTurn turn, IReadOnlyList<TeamPerson> people, string? current) =>
        people.Count == 0
            ? []
            : [new Question.Field(FieldId, turn.Text(ConversationText.Field_PickFromTeam), Value: current ?? string.Empty, IsRequired: false)
            {
                Options = [new(string.Empty, turn.Text(ConversationText.PickNobody)), .. people.Select(p => new Question.Choice(p.AadObjectId, p.Email is null ? p.Name : $"{p.Name} ({p.Email})"))],
            }];

    /// <summary>
    /// The questions about one person: the team drop-down, then name and e-mail (required only when there is nobody to
    /// pick). Someone from the team is shown in the drop-down only: a card can't empty the name and e-mail fields when
    /// another person is picked, so filled in they would still name the person the pick replaces.
    /// </summary>
    public static IReadOnlyList<Question.Field> PersonFields(FlowTurn turn, IReadOnlyList<TeamPerson> people, PersonRef? current)
    {
        var typed = current is not null && !people.Any(p => p.AadObjectId == current.AadObjectId) ? current : null;
        return
        [
            .. Field(turn, people, typed is null ? current?.AadObjectId : null),
            new(NameId, turn.Text(ConversationText.Field_Name), Value: typed?.DisplayName, IsRequired: people.Count == 0),
            new(EmailId, turn.Text(ConversationText.Field_Email), turn.Text(ConversationText.Placeholder_Email), typed?.Email, IsRequired: people.Count == 0) { MaxLength = Common.InputLimits.Email },
        ];
    }

    /// <summary>
    /// The person given on the card (picked, or name and e-mail) or typed ("Naam, e-mailadres"); when there is none,
    /// why not, naming the field that is wrong.
    /// </summary>
    public static (PersonRef? Person, string? Problem) Read(FlowTurn turn, IReadOnlyList<TeamPerson> people)
    {
        var input = turn.Input;
        var person = Picked(input, people)
            ?? (input.Data is null ? PersonAnswer.FromText(input.Text) : PersonAnswer.From(input.Field(NameId), input.Field(EmailId)));
        return person is not null ? (person, null) : (null, Problem(turn));
    }

    /// <summary>Why the person on the card (or typed) is not accepted, naming the field.</summary>
    public static string Problem(FlowTurn turn)
    {
        var input = turn.Input;
        return input.Data is null
            ? PersonAnswer.TypedProblem(input.Text, input.Culture)
            : PersonAnswer.Problem(input.Field(NameId), input.Field(EmailId), turn.Text(ConversationText.Field_Name), turn.Text(ConversationText.Field_Email), input.Culture) ?? turn.Text(ConversationText.Invalid_Person);
    }

    public const string NameId = "naam";
    public const string EmailId = "email";

    /// <summary>The person picked on the card, as a seat keeps them (with their Teams identity); null when none was.</summary>
    public static PersonRef? Picked(FlowInput input, IReadOnlyList<TeamPerson> people) =>
        input.Field(FieldId) is { Length: > 0 } aad && people.FirstOrDefault(p => p.AadObjectId == aad) is { } picked
            ? new PersonRef(picked.Name, picked.AadObjectId, picked.Email ?? picked.UserPrincipalName)
            : null;
}
