using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Formation.Flow;

/// <summary>The cards the formation feature answers with.</summary>
public static class FormationReplies
{
    public static Reply Overview(KvuProject project, CultureInfo culture) => Reply.Show(OverviewCard.Build(project, culture));
}
