using Kvu.Bot.Conversations;

namespace Kvu.Bot.Formation.Cards;

/// <summary>"wijzig horeca-ondernemer" with several of them: which one, or add another.</summary>
public static class MemberPickCard
{
    public static JsonObject Build(WerkgroepRole role, IReadOnlyList<Member> members, CultureInfo culture)
    {
        var actions = new JsonArray();
        foreach (var member in members)
        {
            actions.Add(CardActions.Submit(
                $"{member.Person.DisplayName} ({member.Organisation})",
                CardParts.Data(FormationCommands.Edit, (FormationCommands.Target, member.Id))));
        }

        actions.Add(CardActions.Submit(
            BotText.Get(ConversationText.AddAnother, culture),
            CardParts.Data(FormationCommands.Edit, (FormationCommands.Target, "+" + FormationCommands.RoleTarget(role)))));

        return AdaptiveCard.Create(
            [CardElements.Title(BotText.Format(ConversationText.PickMember, culture, FormationText.Name(role, culture)))],
            actions);
    }
}
