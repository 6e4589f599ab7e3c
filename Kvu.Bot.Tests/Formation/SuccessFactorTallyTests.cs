using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>How many success factors count: what every card, report and the dashboard show as "x van y in orde".</summary>
public class SuccessFactorTallyTests
{
    [Fact]
    public void All_ten_count_until_the_project_makes_one_moot()
    {
        var p = NewProject();
        Assert.Equal((0, 10), (SuccessFactorTally.Of(p).Met, SuccessFactorTally.Of(p).Count));

        p.SetRestaurantsTakePart(false, Marieke, Day(1));
        var tally = SuccessFactorTally.Of(p);
        Assert.Equal((0, 9), (tally.Met, tally.Count));
        Assert.False(tally.Applies(SuccessFactor.RestaurantsOwnRepresentative));
        Assert.DoesNotContain(tally.Open, f => f.Factor == SuccessFactor.RestaurantsOwnRepresentative);
    }

    [Fact]
    public void A_moot_factor_someone_judged_anyway_counts_with_that_judgement()
    {
        var p = NewProject();
        p.SetRestaurantsTakePart(false, Marieke, Day(1));
        p.SetSuccessFactor(SuccessFactor.RestaurantsOwnRepresentative, SuccessFactorStatus.Met, null, Marieke, Day(2));
        p.SetSuccessFactor(SuccessFactor.AgreedTerms, SuccessFactorStatus.Met, null, Marieke, Day(2));

        var tally = SuccessFactorTally.Of(p);
        Assert.Equal((2, 10), (tally.Met, tally.Count));
        Assert.False(tally.AllMet);
    }
}
