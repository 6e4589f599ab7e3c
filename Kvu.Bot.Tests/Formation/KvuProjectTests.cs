using System.Text.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

public class KvuProjectTests
{
    [Fact]
    public void Create_seeds_the_ten_success_factors_and_eight_tasks_in_the_seeds_order()
    {
        var p = NewProject();

        Assert.Equal("zwolle-binnenstad", p.Id);
        Assert.Equal("tenant-zwolle", p.TenantId);
        Assert.Equal("Zwolle", p.Gemeente);
        Assert.Equal("Binnenstad Zwolle", p.Uitgaansgebied);
        Assert.Equal(Marieke, p.CreatedBy);
        Assert.Equal(Start, p.CreatedAt);
        Assert.Equal(KvuPhase.Initiatief, p.Phase);
        Assert.Equal(IntentieverklaringStatus.NotYet, p.Intentieverklaring.Status);
        Assert.Equal(Enum.GetValues<SuccessFactor>(), p.SuccessFactors.Select(s => s.Factor));
        Assert.Equal(10, p.SuccessFactors.Count);
        Assert.All(p.SuccessFactors, s => Assert.Equal(SuccessFactorStatus.Open, s.Status));
        Assert.Equal(Enum.GetValues<ProjectleiderTask>(), p.Tasks.Select(t => t.Task));
        Assert.Equal(8, p.Tasks.Count);
        Assert.All(p.Tasks, t => Assert.Equal(TaskAssignee.Projectleider, t.AssignedTo));
        var created = Assert.Single(p.Decisions);
        Assert.Equal(new Decision(Start, Marieke, DecisionKind.ProjectCreated, "Zwolle", "Binnenstad Zwolle"), created);
    }

    [Fact]
    public void Create_refuses_an_empty_gemeente_or_uitgaansgebied()
    {
        Assert.Equal(FormationRuleCode.EmptyName,
            Assert.Throws<FormationRuleException>(() => KvuProject.Create("x", "t", " ", "Centrum", Marieke, Start)).Code);
        Assert.Equal(FormationRuleCode.EmptyName,
            Assert.Throws<FormationRuleException>(() => KvuProject.Create("x", "t", "Zwolle", "", Marieke, Start)).Code);
    }

    [Fact]
    public void Every_mutation_logs_who_decided_what_and_when()
    {
        var p = NewProject();
        var areaAt = Day(1);
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        var m = p.AddMember(WerkgroepRole.Politie, Ingrid, null, Jeroen, Day(2));
        p.SetMandate(m.Id, Mandate.CanDecide, Ingrid, Day(3));
        var area = p.AddHorecaArea("Grote Markt", HorecaAreaKind.Plein, Jeroen, areaAt);
        p.SetSuccessFactor(SuccessFactor.AgreedTerms, SuccessFactorStatus.Met, "Begrippenlijst vastgesteld", Jeroen, Day(4));
        p.MovePhaseTo(KvuPhase.Veiligheidsanalyse, Marieke, Day(5));

        Assert.Equal(
            [
                new Decision(Start, Marieke, DecisionKind.ProjectCreated, "Zwolle", "Binnenstad Zwolle"),
                new Decision(Day(1), Marieke, DecisionKind.ProjectleiderSet, "Projectleider", "Marieke Jansen; Gemeente"),
                new Decision(Day(2), Jeroen, DecisionKind.MemberAdded, "m1", "Politie; Ingrid Bakker; Politie"),
                new Decision(Day(3), Ingrid, DecisionKind.MandateSet, "m1", "CanDecide"),
                new Decision(areaAt, Jeroen, DecisionKind.HorecaAreaAdded, area.Id, "Plein; Grote Markt"),
                new Decision(Day(4), Jeroen, DecisionKind.SuccessFactorSet, "AgreedTerms", "Met"),
                new Decision(Day(5), Marieke, DecisionKind.PhaseMoved, "voorbeeld v1", "Initiatief -> Veiligheidsanalyse; round 1"),
            ],
            p.Decisions);
    }

    [Fact]
    public void The_zwolle_example_logs_one_decision_per_mutation()
    {
        var p = Zwolle();

        // 1 create + 5 project answers + 4 areas + restaurants + 1 consultation body
        // + 9 members x 5 (add, mandate, substitute, status, achterban) + 4 coverages + 1 restaurant representative.
        Assert.Equal(1 + 5 + 4 + 1 + 1 + 45 + 4 + 1, p.Decisions.Count);
        Assert.All(p.Decisions, d => Assert.Equal(Marieke, d.By));
        Assert.Equal(9, p.Decisions.Count(d => d.Kind == DecisionKind.MemberAdded));
        Assert.Equal(Day(10), p.Decisions[^1].At);
    }

    [Fact]
    public void Member_ids_come_from_a_counter_and_stay_with_the_seat_when_its_representative_is_replaced()
    {
        var p = NewProject();
        var first = p.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        var second = p.AddMember(WerkgroepRole.Brandweer, Fatima, null, Marieke, Day(1));
        p.ReplaceRepresentative(second.Id, Ahmed, Marieke, Day(2));
        var third = p.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Day(3));

        Assert.Equal(["m1", "m2", "m3"], new[] { first.Id, second.Id, third.Id });
        Assert.Equal(Ahmed, p.FindMember("m2")!.Person);
        Assert.Equal(third, p.FindMember("m3"));
    }

    [Fact]
    public void A_stored_werkgroep_with_a_gap_in_its_ids_never_hands_out_an_id_again()
    {
        // Projects from when seats could be removed are stored with gaps: m2 is gone, the counter stands at 3.
        var p = NewProject();
        p.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Brandweer, Fatima, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Day(1));
        var stored = JsonNode.Parse(Snapshot(p))!.AsObject();
        var members = stored["members"]!.AsArray();
        members.RemoveAt(1);
        var read = stored.Deserialize<KvuProject>(FormationJson.Options)!;

        var added = read.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Henk, null, Marieke, Day(2));

        Assert.Equal(["m1", "m3", "m4"], read.Members.Select(m => m.Id));
        Assert.Equal("m4", added.Id);
    }

    [Fact]
    public void AddMember_uses_the_roles_default_organisation_and_starts_as_a_proposal()
    {
        var p = NewProject();
        var gemeente = p.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Day(1));
        var khn = p.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Henk, " ", Marieke, Day(1));
        var ondernemer = p.AddMember(WerkgroepRole.HorecaOndernemer, Sanne, "  Café De Brouwerij ", Marieke, Day(1));

        Assert.Equal("Gemeente Zwolle", gemeente.Organisation);
        Assert.Equal("Koninklijke Horeca Nederland", khn.Organisation);
        Assert.Equal("Café De Brouwerij", ondernemer.Organisation);
        Assert.Equal(MemberStatus.Proposed, ondernemer.Status);
        Assert.Equal(Mandate.Unknown, ondernemer.Mandate);
        Assert.Null(ondernemer.Substitute);
        Assert.Empty(ondernemer.CoveredAreaIds);
    }

    [Fact]
    public void People_are_stored_trimmed()
    {
        var p = NewProject();
        var m = p.AddMember(WerkgroepRole.Politie, new PersonRef("  Ingrid Bakker ", "  ", " ingrid.bakker@politie.nl "), null, Marieke, Day(1));

        Assert.Equal(new PersonRef("Ingrid Bakker", null, "ingrid.bakker@politie.nl"), m.Person);
    }

    [Fact]
    public void ReplaceRepresentative_keeps_the_seat_but_not_what_was_agreed_with_the_previous_person()
    {
        var p = Zwolle();
        var seat = p.Members.Single(m => m.Person == Sanne);

        p.ReplaceRepresentative(seat.Id, Bram, Jeroen, Day(20));

        var replaced = p.FindMember(seat.Id)!;
        Assert.Equal(Bram, replaced.Person);
        Assert.Equal(seat.Role, replaced.Role);
        Assert.Equal(seat.Organisation, replaced.Organisation);
        Assert.Equal(seat.CoveredAreaIds, replaced.CoveredAreaIds);
        Assert.Equal(Mandate.Unknown, replaced.Mandate);
        Assert.Null(replaced.Substitute);
        Assert.Equal(MemberStatus.Proposed, replaced.Status);
        Assert.Equal(new Decision(Day(20), Jeroen, DecisionKind.RepresentativeReplaced, seat.Id, "Sanne Visser -> Bram Peters"), p.Decisions[^1]);
    }

    [Fact]
    public void An_organisation_entered_by_mistake_can_be_corrected()
    {
        var p = NewProject();
        var m = p.AddMember(WerkgroepRole.Brandweer, Fatima, null, Marieke, Day(1));
        Assert.Equal("Brandweer", p.FindMember(m.Id)!.Organisation);

        p.SetMemberOrganisation(m.Id, " Brandweer IJsselland ", Marieke, Day(3));
        Assert.Equal("Brandweer IJsselland", p.FindMember(m.Id)!.Organisation);

        p.SetMemberOrganisation(m.Id, null, Marieke, Day(4));
        Assert.Equal("Brandweer", p.FindMember(m.Id)!.Organisation);
        Assert.Equal(
            [DecisionKind.MemberOrganisationSet, DecisionKind.MemberOrganisationSet],
            p.Decisions.Skip(2).Select(d => d.Kind));
    }

    [Fact]
    public void AssignAreaCoverage_replaces_the_coverage_in_area_order()
    {
        var p = Zwolle();
        var member = p.Members.Single(m => m.Person == Kees);

        p.AssignAreaCoverage(member.Id, ["a4", "a1", "a4"], Marieke, Day(20));
        Assert.Equal(["a1", "a4"], p.FindMember(member.Id)!.CoveredAreaIds);

        p.AssignAreaCoverage(member.Id, [], Marieke, Day(21));
        Assert.Empty(p.FindMember(member.Id)!.CoveredAreaIds);
    }

    [Fact]
    public void Appointing_a_secretaris_completes_that_task_and_later_reopens_it()
    {
        var p = NewProject();

        p.AppointSecretaris(Jeroen, Marieke, Day(1));
        Assert.Equal(Jeroen, p.Secretaris);
        Assert.Equal(SecretarisChoice.Appointed, p.SecretarisChoice);
        Assert.Equal(new TaskState(ProjectleiderTask.AppointSecretaris, true, Day(1), TaskAssignee.Projectleider),
            p.Tasks.Single(t => t.Task == ProjectleiderTask.AppointSecretaris));

        p.SecretarisLater(Marieke, Day(2));
        Assert.Null(p.Secretaris);
        Assert.Equal(SecretarisChoice.Later, p.SecretarisChoice);
        Assert.False(p.Tasks.Single(t => t.Task == ProjectleiderTask.AppointSecretaris).Done);
        Assert.Equal(DecisionKind.SecretarisDeferred, p.Decisions[^1].Kind);
    }

    [Fact]
    public void Tasks_can_be_completed_reopened_and_assigned()
    {
        var p = NewProject();

        p.CompleteTask(ProjectleiderTask.ManageBudget, Marieke, Day(1));
        p.CompleteTask(ProjectleiderTask.ManageBudget, Jeroen, Day(2));
        Assert.Equal(Day(1), p.Tasks.Single(t => t.Task == ProjectleiderTask.ManageBudget).DoneAt);

        p.AssignTask(ProjectleiderTask.PublicInformation, TaskAssignee.Other(Linda), Marieke, Day(3));
        p.AssignTask(ProjectleiderTask.ReportProgressToStakeholders, TaskAssignee.Secretaris, Marieke, Day(3));
        Assert.Equal(new TaskAssignee(TaskAssigneeKind.Other, Linda), p.Tasks.Single(t => t.Task == ProjectleiderTask.PublicInformation).AssignedTo);
        Assert.Equal(TaskAssigneeKind.Secretaris, p.Tasks.Single(t => t.Task == ProjectleiderTask.ReportProgressToStakeholders).AssignedTo.Kind);

        p.ReopenTask(ProjectleiderTask.ManageBudget, Marieke, Day(4));
        Assert.Equal(new TaskState(ProjectleiderTask.ManageBudget, false, null, TaskAssignee.Projectleider), p.Tasks.Single(t => t.Task == ProjectleiderTask.ManageBudget));
        Assert.Equal(
            [DecisionKind.TaskCompleted, DecisionKind.TaskCompleted, DecisionKind.TaskAssigned, DecisionKind.TaskAssigned, DecisionKind.TaskReopened],
            p.Decisions.Skip(1).Select(d => d.Kind));
    }

    [Fact]
    public void A_success_factor_records_who_confirmed_it_and_opening_it_again_clears_that()
    {
        var p = NewProject();

        p.SetSuccessFactor(SuccessFactor.ExplicitExpectations, SuccessFactorStatus.NotMet, "  Politie verwacht meer handhaving ", Jeroen, Day(1));
        Assert.Equal(new SuccessFactorState(SuccessFactor.ExplicitExpectations, SuccessFactorStatus.NotMet, Jeroen, Day(1), "Politie verwacht meer handhaving"),
            p.SuccessFactors.Single(f => f.Factor == SuccessFactor.ExplicitExpectations));

        p.SetSuccessFactor(SuccessFactor.ExplicitExpectations, SuccessFactorStatus.Open, null, Marieke, Day(2));
        Assert.Equal(new SuccessFactorState(SuccessFactor.ExplicitExpectations, SuccessFactorStatus.Open, null, null, null),
            p.SuccessFactors.Single(f => f.Factor == SuccessFactor.ExplicitExpectations));
    }

    [Fact]
    public void Intentieverklaring_signed_today_in_the_netherlands_is_accepted_even_when_utc_is_still_yesterday()
    {
        var p = NewProject();
        var halfPastMidnightInZwolle = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

        p.SetIntentieverklaring(IntentieverklaringStatus.Signed, new DateOnly(2026, 3, 2), Marieke, halfPastMidnightInZwolle);
        Assert.Equal(new Intentieverklaring(IntentieverklaringStatus.Signed, new DateOnly(2026, 3, 2)), p.Intentieverklaring);

        var tomorrow = Assert.Throws<FormationRuleException>(() =>
            p.SetIntentieverklaring(IntentieverklaringStatus.Signed, new DateOnly(2026, 3, 3), Marieke, halfPastMidnightInZwolle));
        Assert.Equal(FormationRuleCode.SignedDateInFuture, tomorrow.Code);
    }

    [Fact]
    public void External_projectleider_carries_a_capacity_and_procesbegeleider_a_contact()
    {
        var p = NewProject();

        p.SetProjectleider(Peter, ProjectleiderOrigin.Extern, ExternalCapacity.TechnischVoorzitter, Marieke, Day(1));
        p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, " Ria Smits ", "+31 6 12345678", Marieke, Day(1));

        Assert.Equal(new ProjectleiderInfo(Peter, ProjectleiderOrigin.Extern, ExternalCapacity.TechnischVoorzitter), p.Projectleider);
        Assert.Equal(new ProcesbegeleiderInfo(ProcesbegeleiderChoice.Yes, "Ria Smits", "+31 6 12345678"), p.Procesbegeleider);

        p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, "Ria Smits", " r.smits@example.nl ", Marieke, Day(2));
        Assert.Equal("r.smits@example.nl", p.Procesbegeleider.Contact);

        p.SetProcesbegeleider(ProcesbegeleiderChoice.Later, null, null, Marieke, Day(3));
        Assert.Equal(new ProcesbegeleiderInfo(ProcesbegeleiderChoice.Later, null, null), p.Procesbegeleider);
    }

    [Fact]
    public void Consultation_bodies_are_found_by_name_regardless_of_case()
    {
        var p = NewProject();
        p.AddConsultationBody("Horecaoverleg binnenstad", ConsultationBodyFate.Continues, Marieke, Day(1));
        p.AddConsultationBody("Veiligheidsoverleg uitgaan", ConsultationBodyFate.Continues, Marieke, Day(1));

        p.SetConsultationBodyFate("horecaoverleg BINNENSTAD", ConsultationBodyFate.FoldedIntoKvu, Marieke, Day(2));
        p.SetConsultationBodyFate("VEILIGHEIDSOVERLEG uitgaan", ConsultationBodyFate.Ended, Marieke, Day(3));

        Assert.Equal(
            [new ConsultationBody("Horecaoverleg binnenstad", ConsultationBodyFate.FoldedIntoKvu), new ConsultationBody("Veiligheidsoverleg uitgaan", ConsultationBodyFate.Ended)],
            p.ConsultationBodies);
    }

    [Fact]
    public void Agreement_and_restaurants_are_plain_answers_that_can_be_changed_later()
    {
        var p = NewProject();
        Assert.Null(p.PartiesAgreed);

        p.SetAgreement(true, null, Marieke, Day(1));
        p.SetAgreement(true, true, Marieke, Day(2));
        p.SetRestaurantsTakePart(false, Marieke, Day(2));

        Assert.True(p.PartiesAgreed);
        Assert.True(p.ContributionPledged);
        Assert.False(p.RestaurantsTakePart);
        Assert.Equal("partiesAgreed=true; contributionPledged=null", p.Decisions[1].Detail);
    }

    [Fact]
    public void The_same_mutations_on_the_same_document_give_the_same_document()
    {
        // What the store relies on after a 412: reload, re-apply, same result.
        Assert.Equal(Snapshot(Zwolle()), Snapshot(Zwolle()));
    }
}
