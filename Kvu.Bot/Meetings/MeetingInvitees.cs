using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Who is invited: werkgroep members and the projectsecretaris (who takes the minutes) required; the KHN regioadviseur (an adviser, not a party) and the
/// procesbegeleider (only when the contact is an e-mail address) optional. The projectleider organises.
/// </summary>
public static class MeetingInvitees
{
    public static string? OrganizerId(KvuProject project) =>
        project.Projectleider is { } pl ? NonEmpty(pl.Person.Email) ?? NonEmpty(pl.Person.AadObjectId) : null;

    public static IReadOnlyList<Invitee> For(KvuProject project)
    {
        var invitees = new List<Invitee>();
        foreach (var member in project.Members)
        {
            if (member.Status == MemberStatus.Declined || project.Projectleider?.Person.IsSamePerson(member.Person) == true)
            {
                continue;
            }

            invitees.Add(new Invitee(
                member.Person.DisplayName,
                NonEmpty(member.Person.Email),
                Required: member.Role != WerkgroepRole.KhnRegioadviseur));
        }

        if (project.Secretaris is { } secretaris
            && project.Projectleider?.Person.IsSamePerson(secretaris) != true
            && !invitees.Any(i => i.Address is not null && string.Equals(i.Address, NonEmpty(secretaris.Email), StringComparison.OrdinalIgnoreCase)))
        {
            invitees.Add(new Invitee(secretaris.DisplayName, NonEmpty(secretaris.Email), Required: true));
        }

        if (project.Procesbegeleider is { Choice: ProcesbegeleiderChoice.Yes, Name: { } name, Contact: { } contact }
            && contact.Contains('@'))
        {
            invitees.Add(new Invitee(name, contact.Trim(), Required: false));
        }

        return invitees;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
