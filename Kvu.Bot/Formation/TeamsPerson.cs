using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation;

/// <summary>
/// The person behind a turn as the project records people: her name, Entra id and e-mail as Teams gives them, never
/// what a card or a message says. Whatever a feature records as done by the user (a change, a signature, a vote that
/// settles a decision) names her so.
/// </summary>
public static class TeamsPerson
{
    public static PersonRef ToPerson(this FlowUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new PersonRef(user.DisplayName, user.AadObjectId, user.Email);
    }
}
