using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation.Cards;
using static Kvu.Bot.Tests.Formation.Cards.CardJson;

namespace Kvu.Bot.Tests.Formation.Cards;

public class ProjectListCardTests
{
    [Fact]
    public void Marks_the_active_project_and_offers_the_others()
    {
        var card = ProjectListCard.Build(
            [("zwolle-binnenstad", "Zwolle", "Binnenstad Zwolle", true), ("zwolle-stationsgebied", "Zwolle", "Stationsgebied", false)],
            CardSamples.Dutch);
        var text = AllText(card);

        Assert.Contains("Zwolle – Binnenstad Zwolle", text);
        Assert.Contains("Zwolle – Stationsgebied", text);
        Assert.Contains("Actief", text);
        Assert.True(HasData(card, (CardVerb.Field, "wissel"), ("project", "zwolle-stationsgebied")));
        Assert.False(HasData(card, (CardVerb.Field, "wissel"), ("project", "zwolle-binnenstad")));
        Assert.True(HasData(card, (CardVerb.Field, "nieuw project")));
    }

    [Fact]
    public void Without_projects_it_invites_to_start_one()
    {
        var card = ProjectListCard.Build([], CardSamples.Dutch);

        Assert.Contains("nog geen KVU-project", AllText(card));
        Assert.Equal("nieuw project", (string?)SubmitTitled(card, "Nieuw project")["data"]![CardVerb.Field]);
    }

    [Fact]
    public void English_culture_gives_english()
    {
        var text = AllText(ProjectListCard.Build(CardSamples.Projects(3), CardSamples.English));

        Assert.Contains("Your KVU projects", text);
        Assert.Contains("Active", text);
        Assert.Contains("New project", text);
        Assert.DoesNotContain("Nieuw project", text);
    }
}
