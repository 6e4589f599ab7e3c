using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// Invalid answers are refused with the code the flow turns into a Dutch re-prompt, and leave the project exactly as
/// it was (compared as the JSON the store would write), so a refused answer never half-applies.
/// </summary>
public class FormationRuleTests
{
    private static readonly PersonRef Nobody = new("Jan de Vries", null, null);

    private static readonly Dictionary<string, (Action<KvuProject> Mutate, FormationRuleCode Code)> Scenarios = new()
    {
        ["member with empty name"] = (p => p.AddMember(WerkgroepRole.Bewoners, new PersonRef(" ", null, "jan@zwolle.nl"), "Bewonersvereniging Binnenstad", Marieke, Day(30)), FormationRuleCode.EmptyName),
        ["member e-mail 'jan@'"] = (p => p.AddMember(WerkgroepRole.Mkb, new PersonRef("Jan", null, "jan@"), "Winkeliersvereniging", Marieke, Day(30)), FormationRuleCode.InvalidEmail),
        ["member e-mail 'jan'"] = (p => p.AddMember(WerkgroepRole.Mkb, new PersonRef("Jan", null, "jan"), "Winkeliersvereniging", Marieke, Day(30)), FormationRuleCode.InvalidEmail),
        ["member e-mail with spaces"] = (p => p.AddMember(WerkgroepRole.Mkb, new PersonRef("Jan", null, "jan de vries@zwolle.nl"), "Winkeliersvereniging", Marieke, Day(30)), FormationRuleCode.InvalidEmail),
        ["member without contact"] = (p => p.AddMember(WerkgroepRole.Mkb, Nobody, "Winkeliersvereniging", Marieke, Day(30)), FormationRuleCode.PersonWithoutContact),
        ["horeca-ondernemer without organisation"] = (p => p.AddMember(WerkgroepRole.HorecaOndernemer, Gert, "  ", Marieke, Day(30)), FormationRuleCode.EmptyOrganisation),
        ["undefined role"] = (p => p.AddMember((WerkgroepRole)99, Ruud, "Politie", Marieke, Day(30)), FormationRuleCode.InvalidChoice),
        ["same person twice, e-mail in other case"] = (p => p.AddMember(WerkgroepRole.Bewoners, new PersonRef("I. Bakker", null, "INGRID.BAKKER@politie.nl"), "Bewoners", Marieke, Day(30)), FormationRuleCode.DuplicateMember),
        ["same person twice, by Teams id"] = (p => p.AddMember(WerkgroepRole.Gemeente, new PersonRef("Wim", Wim.AadObjectId, null), null, Marieke, Day(30)), FormationRuleCode.DuplicateMember),
        ["organisation cleared for a horeca-ondernemer"] = (p => p.SetMemberOrganisation("m5", " ", Marieke, Day(30)), FormationRuleCode.EmptyOrganisation),
        ["organisation of unknown member"] = (p => p.SetMemberOrganisation("m0", "Politie", Marieke, Day(30)), FormationRuleCode.UnknownMember),
        ["mandate of unknown member"] = (p => p.SetMandate("m99", Mandate.CanDecide, Marieke, Day(30)), FormationRuleCode.UnknownMember),
        ["undefined mandate"] = (p => p.SetMandate("m1", (Mandate)7, Marieke, Day(30)), FormationRuleCode.InvalidChoice),
        ["status of unknown member"] = (p => p.SetMemberStatus("", MemberStatus.Accepted, Marieke, Day(30)), FormationRuleCode.UnknownMember),
        ["member as own substitute"] = (p => p.SetSubstitute("m2", new PersonRef("Ingrid", null, "Ingrid.Bakker@politie.nl"), Marieke, Day(30)), FormationRuleCode.SubstituteIsMember),
        ["substitute with bad e-mail"] = (p => p.SetSubstitute("m2", new PersonRef("Ruud", null, "ruud@politie"), Marieke, Day(30)), FormationRuleCode.InvalidEmail),
        ["replace by someone already seated"] = (p => p.ReplaceRepresentative("m2", Henk, Marieke, Day(30)), FormationRuleCode.DuplicateMember),
        ["replace by the same person"] = (p => p.ReplaceRepresentative("m2", Ingrid, Marieke, Day(30)), FormationRuleCode.DuplicateMember),
        ["coverage of unknown area"] = (p => p.AssignAreaCoverage("m4", ["a1", "a9"], Marieke, Day(30)), FormationRuleCode.UnknownArea),
        ["coverage by the politie"] = (p => p.AssignAreaCoverage("m2", ["a1"], Marieke, Day(30)), FormationRuleCode.CoverageNeedsHorecaRole),
        ["restaurants represented by the brandweer"] = (p => p.SetRepresentsRestaurants("m9", true, Marieke, Day(30)), FormationRuleCode.RestaurantsNeedHorecaRole),
        ["area name twice"] = (p => p.AddHorecaArea(" grote MARKT ", HorecaAreaKind.Straat, Marieke, Day(30)), FormationRuleCode.DuplicateArea),
        ["area without name"] = (p => p.AddHorecaArea("", HorecaAreaKind.Straat, Marieke, Day(30)), FormationRuleCode.EmptyName),
        ["signed without date"] = (p => p.SetIntentieverklaring(IntentieverklaringStatus.Signed, null, Marieke, Day(30)), FormationRuleCode.SignedDateRequired),
        ["signed in the future"] = (p => p.SetIntentieverklaring(IntentieverklaringStatus.Signed, DateOnly.FromDateTime(Day(31).DateTime), Marieke, Day(30)), FormationRuleCode.SignedDateInFuture),
        ["drafted with a signing date"] = (p => p.SetIntentieverklaring(IntentieverklaringStatus.BeingDrafted, new DateOnly(2026, 3, 10), Marieke, Day(30)), FormationRuleCode.SignedDateNotAllowed),
        ["extern without capacity"] = (p => p.SetProjectleider(Peter, ProjectleiderOrigin.Extern, null, Marieke, Day(30)), FormationRuleCode.ExternalCapacityRequired),
        ["gemeente with capacity"] = (p => p.SetProjectleider(Wim, ProjectleiderOrigin.Gemeente, ExternalCapacity.NamensGemeente, Marieke, Day(30)), FormationRuleCode.ExternalCapacityNotAllowed),
        ["projectleider with bad e-mail"] = (p => p.SetProjectleider(new PersonRef("Wim", null, "wim@@zwolle.nl"), ProjectleiderOrigin.Gemeente, null, Marieke, Day(30)), FormationRuleCode.InvalidEmail),
        ["secretaris without name"] = (p => p.AppointSecretaris(new PersonRef("", null, "j.bos@zwolle.nl"), Marieke, Day(30)), FormationRuleCode.EmptyName),
        ["procesbegeleider yes without contact"] = (p => p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, "Ria Smits", null, Marieke, Day(30)), FormationRuleCode.ProcesbegeleiderDetailsRequired),
        ["procesbegeleider yes without name"] = (p => p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, " ", "r.smits@example.nl", Marieke, Day(30)), FormationRuleCode.ProcesbegeleiderDetailsRequired),
        ["procesbegeleider contact gibberish"] = (p => p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, "Ria Smits", "bel maar", Marieke, Day(30)), FormationRuleCode.InvalidContact),
        ["procesbegeleider phone too short"] = (p => p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, "Ria Smits", "12345", Marieke, Day(30)), FormationRuleCode.InvalidContact),
        ["procesbegeleider contact bad e-mail"] = (p => p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, "Ria Smits", "ria@", Marieke, Day(30)), FormationRuleCode.InvalidContact),
        ["procesbegeleider no with name"] = (p => p.SetProcesbegeleider(ProcesbegeleiderChoice.No, "Ria Smits", null, Marieke, Day(30)), FormationRuleCode.ProcesbegeleiderDetailsNotAllowed),
        ["consultation body twice"] = (p => p.AddConsultationBody("HORECAOVERLEG binnenstad", ConsultationBodyFate.Ended, Marieke, Day(30)), FormationRuleCode.DuplicateConsultationBody),
        ["consultation body without name"] = (p => p.AddConsultationBody(" ", ConsultationBodyFate.Ended, Marieke, Day(30)), FormationRuleCode.EmptyName),
        ["fate of unknown consultation body"] = (p => p.SetConsultationBodyFate("Buurtoverleg", ConsultationBodyFate.Ended, Marieke, Day(30)), FormationRuleCode.UnknownConsultationBody),
        ["task for someone else without person"] = (p => p.AssignTask(ProjectleiderTask.ManageBudget, new TaskAssignee(TaskAssigneeKind.Other, null), Marieke, Day(30)), FormationRuleCode.AssigneePersonRequired),
        ["task for secretaris with a person"] = (p => p.AssignTask(ProjectleiderTask.ManageBudget, new TaskAssignee(TaskAssigneeKind.Secretaris, Linda), Marieke, Day(30)), FormationRuleCode.AssigneePersonNotAllowed),
        ["task for someone unreachable"] = (p => p.AssignTask(ProjectleiderTask.ManageBudget, TaskAssignee.Other(Nobody), Marieke, Day(30)), FormationRuleCode.PersonWithoutContact),
        ["undefined task"] = (p => p.CompleteTask((ProjectleiderTask)8, Marieke, Day(30)), FormationRuleCode.InvalidChoice),
        ["undefined phase"] = (p => p.MovePhaseTo((KvuPhase)42, Marieke, Day(30)), FormationRuleCode.InvalidChoice),
        ["undefined success factor status"] = (p => p.SetSuccessFactor(SuccessFactor.AgreedTerms, (SuccessFactorStatus)3, null, Marieke, Day(30)), FormationRuleCode.InvalidChoice),
    };

    public static TheoryData<string> ScenarioNames => [.. Scenarios.Keys];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Invalid_input_is_refused_with_its_code_and_changes_nothing(string scenario)
    {
        var (mutate, code) = Scenarios[scenario];
        var project = Zwolle();
        var before = Snapshot(project);

        var refused = Assert.Throws<FormationRuleException>(() => mutate(project));

        Assert.Equal(code, refused.Code);
        Assert.Equal(before, Snapshot(project));
    }
}
