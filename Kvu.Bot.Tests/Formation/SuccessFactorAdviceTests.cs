using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

public class SuccessFactorAdviceTests
{
    private static SuggestedStatus For(KvuProject p, SuccessFactor factor) =>
        SuccessFactorAdvice.Evaluate(p).Single(s => s.Factor == factor).Suggested;

    [Fact]
    public void Zwolle_looks_in_order_on_every_factor_the_data_can_show()
    {
        Assert.Equal(
            [
                new SuccessFactorSuggestion(SuccessFactor.SufficientDecisionAuthority, SuggestedStatus.LooksMet),
                new SuccessFactorSuggestion(SuccessFactor.BalancedRepresentation, SuggestedStatus.LooksMet),
                new SuccessFactorSuggestion(SuccessFactor.JointApproach, SuggestedStatus.NoData),
                new SuccessFactorSuggestion(SuccessFactor.KnownResponsibilities, SuggestedStatus.NoData),
                new SuccessFactorSuggestion(SuccessFactor.AgreedTerms, SuggestedStatus.NoData),
                new SuccessFactorSuggestion(SuccessFactor.ExplicitExpectations, SuggestedStatus.NoData),
                new SuccessFactorSuggestion(SuccessFactor.RestaurantsOwnRepresentative, SuggestedStatus.LooksMet),
                new SuccessFactorSuggestion(SuccessFactor.ReportBackToConstituency, SuggestedStatus.LooksMet),
                new SuccessFactorSuggestion(SuccessFactor.MandateToDecide, SuggestedStatus.LooksMet),
                new SuccessFactorSuggestion(SuccessFactor.BriefedSubstitute, SuggestedStatus.LooksMet),
            ],
            SuccessFactorAdvice.Evaluate(Zwolle()));
    }

    [Fact]
    public void An_empty_werkgroep_looks_open_where_data_could_tell()
    {
        var p = NewProject();
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.SufficientDecisionAuthority));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.BalancedRepresentation));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.RestaurantsOwnRepresentative));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.MandateToDecide));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.BriefedSubstitute));
    }

    [Fact]
    public void Restaurants_factor_is_not_applicable_when_restaurants_do_not_take_part()
    {
        var p = Zwolle();
        p.SetRestaurantsTakePart(false, Marieke, Day(20));
        Assert.Equal(SuggestedStatus.NotApplicable, For(p, SuccessFactor.RestaurantsOwnRepresentative));

        p.SetRestaurantsTakePart(true, Marieke, Day(21));
        p.SetRepresentsRestaurants(p.Members.Single(m => m.Person == Lisa).Id, false, Marieke, Day(21));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.RestaurantsOwnRepresentative));
    }

    [Fact]
    public void Deciding_after_consultation_is_a_mandate_but_a_partner_needs_someone_who_can_decide_outright()
    {
        // Factor 9 allows "na terugkoppeling binnen korte termijn"; factor 1 asks for authority "om activiteiten te
        // kunnen uitvoeren", so each required partner needs at least one seat that can commit it directly.
        var p = Zwolle();
        p.SetMandate(p.Members.Single(m => m.Person == Ingrid).Id, Mandate.DecidesAfterConsultation, Marieke, Day(20));

        Assert.Equal(SuggestedStatus.LooksMet, For(p, SuccessFactor.MandateToDecide));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.SufficientDecisionAuthority));
    }

    [Fact]
    public void Decision_authority_never_looks_in_order_while_the_mandate_does_not()
    {
        // Politie: one member who can decide, a second whose mandate nobody asked yet. Same facts, same verdict.
        var p = Zwolle();
        p.AddMember(WerkgroepRole.Politie, Ruud, null, Marieke, Day(20));

        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.MandateToDecide));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.SufficientDecisionAuthority));
    }

    [Fact]
    public void Reporting_back_looks_in_order_when_every_member_promised_it()
    {
        Assert.Equal(SuggestedStatus.NoData, For(NewProject(), SuccessFactor.ReportBackToConstituency));
        var p = Zwolle();
        var first = p.Members[0];
        p.SetReportsBack(first.Id, false, Marieke, Day(20));
        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.ReportBackToConstituency));

        p.SetReportsBack(first.Id, true, first.Person, Day(21));
        Assert.Equal(SuggestedStatus.LooksMet, For(p, SuccessFactor.ReportBackToConstituency));
    }

    [Fact]
    public void Decision_authority_needs_a_required_partner_at_the_table()
    {
        var p = NewProject();
        var brandweer = p.AddMember(WerkgroepRole.Brandweer, Fatima, null, Marieke, Day(1));
        p.SetMandate(brandweer.Id, Mandate.CanDecide, Marieke, Day(1));

        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.SufficientDecisionAuthority));
    }

    [Fact]
    public void Representation_looks_open_when_an_organisation_dominates()
    {
        var p = Zwolle();
        p.AddMember(WerkgroepRole.Gemeente, Linda, null, Marieke, Day(20));
        p.AddMember(WerkgroepRole.Gemeente, new PersonRef("Hans Vermeer", null, "h.vermeer@zwolle.nl"), null, Marieke, Day(20));

        Assert.Equal(SuggestedStatus.LooksOpen, For(p, SuccessFactor.BalancedRepresentation));
    }

    [Fact]
    public void Advice_never_changes_the_human_confirmation()
    {
        var p = Zwolle();
        p.SetSuccessFactor(SuccessFactor.BriefedSubstitute, SuccessFactorStatus.NotMet, "Vakantierooster ontbreekt", Jeroen, Day(20));
        var before = Snapshot(p);

        Assert.Equal(SuggestedStatus.LooksMet, For(p, SuccessFactor.BriefedSubstitute));
        Assert.Equal(SuccessFactorStatus.NotMet, p.SuccessFactors.Single(f => f.Factor == SuccessFactor.BriefedSubstitute).Status);
        Assert.Equal(before, Snapshot(p));
    }
}
