using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>Each check starts from the Zwolle werkgroep (no open points), breaks one thing, and repairs it again.</summary>
public class FormationChecksTests
{
    private static Member SeatOf(KvuProject p, PersonRef person) => p.Members.Single(m => m.Person == person);

    [Fact]
    public void Zwolle_starts_clean()
    {
        Assert.Empty(FormationChecks.Evaluate(Zwolle()));
    }

    [Fact]
    public void NoProjectleider_until_one_is_set()
    {
        var p = NewProject();
        Assert.Contains(new OpenPoint(OpenPointKind.NoProjectleider, "Zwolle", Severity.Critical), FormationChecks.Evaluate(p));

        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.NoProjectleider);
    }

    [Fact]
    public void RequiredRoleVacant_when_the_politie_declines_and_cleared_by_a_new_representative()
    {
        var p = Zwolle();
        var politie = SeatOf(p, Ingrid);

        p.SetMemberStatus(politie.Id, MemberStatus.Declined, Marieke, Day(20));
        Assert.Equal([new OpenPoint(OpenPointKind.RequiredRoleVacant, "Politie", Severity.Critical)], FormationChecks.Evaluate(p));

        p.ReplaceRepresentative(politie.Id, Ruud, Marieke, Day(21));
        p.SetMandate(politie.Id, Mandate.CanDecide, Marieke, Day(21));
        p.SetSubstitute(politie.Id, Anouk, Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void The_gemeente_seat_is_filled_by_a_projectleider_from_or_on_behalf_of_the_gemeente_but_not_by_a_technisch_voorzitter()
    {
        var p = Zwolle(vacant: Wim);
        Assert.Empty(FormationChecks.Evaluate(p));

        p.SetProjectleider(Peter, ProjectleiderOrigin.Extern, ExternalCapacity.NamensGemeente, Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));

        p.SetProjectleider(Peter, ProjectleiderOrigin.Extern, ExternalCapacity.TechnischVoorzitter, Marieke, Day(22));
        Assert.Equal([new OpenPoint(OpenPointKind.RequiredRoleVacant, "Gemeente", Severity.Critical)], FormationChecks.Evaluate(p));
    }

    [Fact]
    public void NoKhnRegioadviseur_without_the_adviser()
    {
        var p = Zwolle(vacant: Peter);
        Assert.Equal([new OpenPoint(OpenPointKind.NoKhnRegioadviseur, "KhnRegioadviseur", Severity.Warning)], FormationChecks.Evaluate(p));

        var back = p.AddMember(WerkgroepRole.KhnRegioadviseur, Karin, null, Marieke, Day(21));
        p.SetSubstitute(back.Id, Peter, Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void RecommendedRoleVacant_is_only_advice_for_the_brandweer()
    {
        var p = Zwolle();
        p.SetMemberStatus(SeatOf(p, Fatima).Id, MemberStatus.Declined, Marieke, Day(20));
        Assert.Equal([new OpenPoint(OpenPointKind.RecommendedRoleVacant, "Brandweer", Severity.Advice)], FormationChecks.Evaluate(p));

        p.SetMemberStatus(SeatOf(p, Fatima).Id, MemberStatus.Invited, Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void Optional_roles_are_never_reported_as_missing()
    {
        var points = FormationChecks.Evaluate(NewProject());
        var optional = RoleCatalog.All.Where(r => RoleCatalog.Need(r) == RoleNeed.Optional).Select(r => r.ToString());
        Assert.DoesNotContain(points, o => optional.Contains(o.Subject));
    }

    [Fact]
    public void NoSecretaris_is_a_warning_until_later_is_chosen_and_gone_once_appointed()
    {
        var p = NewProject();
        Assert.Contains(new OpenPoint(OpenPointKind.NoSecretaris, "Zwolle", Severity.Warning), FormationChecks.Evaluate(p));

        p.SecretarisLater(Marieke, Day(1));
        Assert.Contains(new OpenPoint(OpenPointKind.NoSecretaris, "Zwolle", Severity.Advice), FormationChecks.Evaluate(p));

        p.AppointSecretaris(Jeroen, Marieke, Day(2));
        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.NoSecretaris);
    }

    [Fact]
    public void HorecaAreaUncovered_for_a_new_square_until_someone_covers_it()
    {
        var p = Zwolle();
        var square = p.AddHorecaArea("Thorbeckegracht", HorecaAreaKind.Straat, Marieke, Day(20));
        Assert.Equal([new OpenPoint(OpenPointKind.HorecaAreaUncovered, square.Id, Severity.Warning)], FormationChecks.Evaluate(p));

        p.AssignAreaCoverage(SeatOf(p, Henk).Id, ["a3", square.Id], Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void A_declined_member_does_not_cover_an_area()
    {
        var p = Zwolle();
        var melkmarkt = p.HorecaAreas.Single(a => a.Name == "Melkmarkt");
        p.SetMemberStatus(SeatOf(p, Tom).Id, MemberStatus.Declined, Marieke, Day(20));

        Assert.Equal([new OpenPoint(OpenPointKind.HorecaAreaUncovered, melkmarkt.Id, Severity.Warning)], FormationChecks.Evaluate(p));
    }

    [Fact]
    public void RestaurantsWithoutOwnRepresentative_only_when_restaurants_take_part()
    {
        var p = Zwolle();
        p.SetRepresentsRestaurants(SeatOf(p, Lisa).Id, false, Marieke, Day(20));
        Assert.Equal([new OpenPoint(OpenPointKind.RestaurantsWithoutOwnRepresentative, "Binnenstad Zwolle", Severity.Warning)], FormationChecks.Evaluate(p));

        p.SetRestaurantsTakePart(false, Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));

        p.SetRestaurantsTakePart(true, Marieke, Day(22));
        p.SetRepresentsRestaurants(SeatOf(p, Lisa).Id, true, Marieke, Day(22));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void OrganisationOverRepresented_when_one_organisation_holds_more_than_a_third_of_six_or_more_seats()
    {
        // Politie 4 of 10 seats; the smallest required partner has 2, so only the one-third rule fires.
        var p = NewProject();
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Day(1));
        foreach (var agent in new[] { Ingrid, Ruud, Anouk })
        {
            p.AddMember(WerkgroepRole.Politie, agent, null, Marieke, Day(1));
        }

        p.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Henk, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Gert, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.HorecaOndernemer, Sanne, "Café De Brouwerij", Marieke, Day(1));
        p.AddMember(WerkgroepRole.HorecaOndernemer, Tom, "Bar Melkmarkt", Marieke, Day(1));
        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.OrganisationOverRepresented);

        var fourth = p.AddMember(WerkgroepRole.Politie, new PersonRef("Bart Wolters", null, "bart.wolters@politie.nl"), " politie ", Marieke, Day(2));
        Assert.Contains(new OpenPoint(OpenPointKind.OrganisationOverRepresented, "Politie", Severity.Warning), FormationChecks.Evaluate(p));

        // A seat whose representative declined does not count.
        p.SetMemberStatus(fourth.Id, MemberStatus.Declined, Marieke, Day(3));
        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.OrganisationOverRepresented);
    }

    [Fact]
    public void OrganisationOverRepresented_when_it_has_more_than_twice_the_seats_of_a_required_partner_even_in_a_small_group()
    {
        // Gemeente 3 (projectleider + 2), politie 1: four seats, too few for the one-third rule.
        var p = NewProject();
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        var wim = p.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Gemeente, Linda, "gemeente  ZWOLLE", Marieke, Day(1));
        p.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));

        Assert.Contains(new OpenPoint(OpenPointKind.OrganisationOverRepresented, "Gemeente Zwolle", Severity.Warning), FormationChecks.Evaluate(p));

        p.SetMemberStatus(wim.Id, MemberStatus.Declined, Marieke, Day(2));
        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.OrganisationOverRepresented);
    }

    [Fact]
    public void A_small_group_with_two_gemeente_seats_is_not_over_represented()
    {
        // Five seats: gemeente 2 is 40%, but the one-third rule starts at six seats and 2 is not more than twice 1.
        var p = NewProject();
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Henk, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.HorecaOndernemer, Sanne, "Café De Brouwerij", Marieke, Day(1));

        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.OrganisationOverRepresented);
    }

    [Fact]
    public void The_regioadviseur_is_an_adviser_and_does_not_make_khn_over_represented()
    {
        // Afdelingsbestuur + regioadviseur are both Koninklijke Horeca Nederland; only the first is a seat.
        var p = NewProject();
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Henk, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Gert, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.KhnRegioadviseur, Peter, null, Marieke, Day(1));

        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.OrganisationOverRepresented);
    }

    [Fact]
    public void OrganisationUnderRepresented_when_another_organisation_has_more_than_twice_its_seats()
    {
        // Politie 3 seats, afdelingsbestuur KHN 1: the KHN is outvoted, the politie over-represented, in one picture.
        var p = Zwolle();
        p.AddMember(WerkgroepRole.Politie, Ruud, null, Marieke, Day(20));
        var third = p.AddMember(WerkgroepRole.Politie, new PersonRef("Bart Wolters", null, "bart.wolters@politie.nl"), null, Marieke, Day(20));

        var points = FormationChecks.Evaluate(p);
        Assert.Contains(new OpenPoint(OpenPointKind.OrganisationUnderRepresented, "KhnAfdelingsbestuur", Severity.Warning), points);
        Assert.Contains(new OpenPoint(OpenPointKind.OrganisationOverRepresented, "Politie", Severity.Warning), points);
        Assert.DoesNotContain(points, o => o.Kind == OpenPointKind.OrganisationUnderRepresented && o.Subject != "KhnAfdelingsbestuur");

        p.SetMemberStatus(third.Id, MemberStatus.Declined, Marieke, Day(21));
        Assert.DoesNotContain(FormationChecks.Evaluate(p), o => o.Kind == OpenPointKind.OrganisationUnderRepresented);
    }

    [Fact]
    public void A_partner_whose_only_seat_cannot_decide_has_a_mandate_point_not_an_under_representation()
    {
        var p = Zwolle();
        var politie = SeatOf(p, Ingrid);

        p.SetMandate(politie.Id, Mandate.CannotDecide, Marieke, Day(20));
        Assert.Equal([new OpenPoint(OpenPointKind.MemberWithoutMandate, politie.Id, Severity.Warning)], FormationChecks.Evaluate(p));

        p.SetMandate(politie.Id, Mandate.DecidesAfterConsultation, Marieke, Day(22));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void MemberWithoutMandate_but_not_for_the_regioadviseur()
    {
        var p = Zwolle();
        Assert.Equal(Mandate.Unknown, SeatOf(p, Peter).Mandate);
        var sanne = SeatOf(p, Sanne);

        p.SetMandate(sanne.Id, Mandate.Unknown, Marieke, Day(20));
        Assert.Equal([new OpenPoint(OpenPointKind.MemberWithoutMandate, sanne.Id, Severity.Warning)], FormationChecks.Evaluate(p));

        p.SetMandate(sanne.Id, Mandate.CanDecide, Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void MemberWithoutSubstitute_is_advice_and_ignores_declined_members()
    {
        var p = Zwolle();
        var henk = SeatOf(p, Henk);

        p.SetSubstitute(henk.Id, null, Marieke, Day(20));
        Assert.Equal([new OpenPoint(OpenPointKind.MemberWithoutSubstitute, henk.Id, Severity.Advice)], FormationChecks.Evaluate(p));

        p.SetSubstitute(henk.Id, Gert, Marieke, Day(21));
        Assert.Empty(FormationChecks.Evaluate(p));

        var extra = p.AddMember(WerkgroepRole.Bewoners, Linda, "Bewonersvereniging Binnenstad", Marieke, Day(22));
        p.SetMandate(extra.Id, Mandate.CanDecide, Marieke, Day(22));
        p.SetMemberStatus(extra.Id, MemberStatus.Declined, Marieke, Day(23));
        Assert.Empty(FormationChecks.Evaluate(p));
    }

    [Fact]
    public void Points_are_ordered_by_severity_then_role_then_kind()
    {
        var p = NewProject();
        var area = p.AddHorecaArea("Grote Markt", HorecaAreaKind.Plein, Marieke, Day(1));
        var brandweer = p.AddMember(WerkgroepRole.Brandweer, Fatima, null, Marieke, Day(1));
        var politie = p.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        p.SetMandate(politie.Id, Mandate.CanDecide, Marieke, Day(1));
        p.SetRestaurantsTakePart(true, Marieke, Day(1));

        Assert.Equal(
            [
                new OpenPoint(OpenPointKind.NoProjectleider, "Zwolle", Severity.Critical),
                new OpenPoint(OpenPointKind.RequiredRoleVacant, "Gemeente", Severity.Critical),
                new OpenPoint(OpenPointKind.RequiredRoleVacant, "KhnAfdelingsbestuur", Severity.Critical),
                new OpenPoint(OpenPointKind.RequiredRoleVacant, "HorecaOndernemer", Severity.Critical),
                new OpenPoint(OpenPointKind.NoSecretaris, "Zwolle", Severity.Warning),
                new OpenPoint(OpenPointKind.HorecaAreaUncovered, area.Id, Severity.Warning),
                new OpenPoint(OpenPointKind.RestaurantsWithoutOwnRepresentative, "Binnenstad Zwolle", Severity.Warning),
                new OpenPoint(OpenPointKind.NoKhnRegioadviseur, "KhnRegioadviseur", Severity.Warning),
                new OpenPoint(OpenPointKind.MemberWithoutMandate, brandweer.Id, Severity.Warning),
                new OpenPoint(OpenPointKind.MemberWithoutSubstitute, politie.Id, Severity.Advice),
                new OpenPoint(OpenPointKind.MemberWithoutSubstitute, brandweer.Id, Severity.Advice),
            ],
            FormationChecks.Evaluate(p));
    }

    [Fact]
    public void Evaluate_is_deterministic_and_does_not_change_the_project()
    {
        var p = Zwolle();
        p.SetMandate("m4", Mandate.Unknown, Marieke, Day(20));
        var before = Snapshot(p);

        Assert.Equal(FormationChecks.Evaluate(p), FormationChecks.Evaluate(p));
        Assert.Equal(before, Snapshot(p));
    }
}
