using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using static Kvu.Bot.Tests.Formation.Cards.CardJson;

namespace Kvu.Bot.Tests.Formation.Cards;

public class SuccessFactorsCardTests
{
    [Fact]
    public void Shows_each_factor_with_judgement_and_advice()
    {
        var text = AllText(SuccessFactorsCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.Dutch));

        Assert.All(Enum.GetValues<SuccessFactor>(), f => Assert.Contains(FormationText.Name(f, CardSamples.Dutch), text));
        Assert.Contains("1 van 10 in orde", text);
        Assert.Contains("In orde, door Jeroen Bos op 16 maart 2026", text);
        Assert.Contains("Niet in orde, door Marieke Jansen op 16 maart 2026", text);
        Assert.Contains("Notitie: Begrippenlijst volgt in april", text);
        Assert.Contains("Advies: Lijkt in orde", text);
        Assert.Contains("Advies: Bespreek in de werkgroep", text);
    }

    [Fact]
    public void Buttons_set_the_other_statuses()
    {
        var card = SuccessFactorsCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.Dutch);

        Assert.True(HasData(card, (CardVerb.Field, "factor"), ("factor", "JointApproach"), ("status", "Met")));
        Assert.True(HasData(card, (CardVerb.Field, "factor"), ("factor", "JointApproach"), ("status", "NotMet")));
        Assert.True(HasData(card, (CardVerb.Field, "factor"), ("factor", "SufficientDecisionAuthority"), ("status", "Open")));
        Assert.True(HasData(card, (CardVerb.Field, "factor"), ("factor", "SufficientDecisionAuthority"), ("status", "NotMet")));
        Assert.False(HasData(card, (CardVerb.Field, "factor"), ("factor", "SufficientDecisionAuthority"), ("status", "Met")));
        Assert.All(Enum.GetValues<SuccessFactor>(), f => Assert.Equal(2, Data(card).Count(d => (string?)d["factor"] == f.ToString())));
    }

    [Fact]
    public void Restaurants_not_taking_part_makes_that_factor_not_applicable()
    {
        var project = CardSamples.Empty();
        project.SetRestaurantsTakePart(false, Kvu.Bot.Tests.Infrastructure.FormationExamples.Marieke, Kvu.Bot.Tests.Infrastructure.FormationExamples.Day(1));

        var texts = Texts(SuccessFactorsCard.Build(project, CardSamples.Dutch));
        Assert.Contains("Advies: Niet van toepassing", texts);

        // Not counted, and the factor's own line says so instead of "Open": the card agrees with its count.
        Assert.Contains(texts, t => t.Contains("0 van 9 in orde", StringComparison.Ordinal));
        Assert.Single(texts, t => t == "Niet van toepassing");
    }

    [Fact]
    public void English_culture_gives_english()
    {
        var text = AllText(SuccessFactorsCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.English));

        Assert.Contains("Success factors of the working group", text);
        Assert.Contains("Met, by Jeroen Bos on 16 March 2026", text);
        Assert.Contains("Advice: Looks met", text);
        Assert.Contains("Not met", text);
        Assert.DoesNotContain("In orde", text);
    }
}
