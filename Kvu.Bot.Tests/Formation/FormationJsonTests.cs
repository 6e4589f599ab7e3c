using System.Text.Json;
using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

public class FormationJsonTests
{
    /// <summary>Zwolle plus every optional part filled in, so the round trip touches every property.</summary>
    private static KvuProject FullProject()
    {
        var p = Zwolle();
        p.SetProjectleider(Peter, ProjectleiderOrigin.Extern, ExternalCapacity.NamensGemeente, Marieke, Day(20));
        p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, "Ria Smits", "r.smits@example.nl", Marieke, Day(20));
        p.AssignTask(ProjectleiderTask.PublicInformation, TaskAssignee.Other(Linda), Marieke, Day(20));
        p.AssignTask(ProjectleiderTask.ReportProgressToStakeholders, TaskAssignee.Secretaris, Marieke, Day(20));
        p.CompleteTask(ProjectleiderTask.ActAsContactPerson, Marieke, Day(20));
        p.SetSuccessFactor(SuccessFactor.AgreedTerms, SuccessFactorStatus.Met, "Begrippenlijst in Teams", Jeroen, Day(21));
        p.AddConsultationBody("Veiligheidsoverleg uitgaan", ConsultationBodyFate.Ended, Marieke, Day(21));
        var declined = p.AddMember(WerkgroepRole.OpenbaarVervoer, new PersonRef("Mark Vink", null, "m.vink@ov.example.nl"), "Vervoerder Oost", Marieke, Day(21));
        p.SetMemberStatus(declined.Id, MemberStatus.Declined, Marieke, Day(22));
        p.MovePhaseTo(KvuPhase.Veiligheidsanalyse, Marieke, Day(23));
        return p;
    }

    [Fact]
    public void A_full_project_survives_a_round_trip()
    {
        var original = FullProject();
        var json = JsonSerializer.Serialize(original, FormationJson.Options);

        var restored = JsonSerializer.Deserialize<KvuProject>(json, FormationJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(restored, FormationJson.Options));
        Assert.Equal(original.Id, restored.Id);
        Assert.Equal(original.CreatedAt, restored.CreatedAt);
        Assert.Equal(original.Intentieverklaring, restored.Intentieverklaring);
        Assert.Equal(original.Projectleider, restored.Projectleider);
        Assert.Equal(original.Procesbegeleider, restored.Procesbegeleider);
        Assert.Equal(original.Secretaris, restored.Secretaris);
        Assert.Equal(original.SuccessFactors, restored.SuccessFactors);
        Assert.Equal(original.Tasks, restored.Tasks);
        Assert.Equal(original.Decisions, restored.Decisions);
        Assert.Equal(original.HorecaAreas, restored.HorecaAreas);
        Assert.Equal(original.ConsultationBodies, restored.ConsultationBodies);
        Assert.Equal(original.Members.Select(m => m.CoveredAreaIds.ToArray()), restored.Members.Select(m => m.CoveredAreaIds.ToArray()));
        Assert.Equal(FormationChecks.Evaluate(original), FormationChecks.Evaluate(restored));
    }

    [Fact]
    public void A_restored_project_keeps_counting_ids_where_it_left_off()
    {
        var json = JsonSerializer.Serialize(FullProject(), FormationJson.Options);
        var restored = JsonSerializer.Deserialize<KvuProject>(json, FormationJson.Options)!;

        Assert.Equal("m11", restored.AddMember(WerkgroepRole.Jongerenwerk, new PersonRef("Sem Bakker", null, "sem@jongerenwerk.example.nl"), "Jongerenwerk Zwolle", Marieke, Day(30)).Id);
        Assert.Equal("a5", restored.AddHorecaArea("Thorbeckegracht", HorecaAreaKind.Straat, Marieke, Day(30)).Id);
    }

    [Fact]
    public void Enums_are_written_as_names_and_dates_as_iso()
    {
        var json = JsonSerializer.Serialize(FullProject(), FormationJson.Options);

        Assert.Contains("\"role\":\"KhnAfdelingsbestuur\"", json);
        Assert.Contains("\"phase\":\"Veiligheidsanalyse\"", json);
        Assert.Contains("\"mandate\":\"DecidesAfterConsultation\"", json);
        Assert.Contains("\"signedOn\":\"2026-03-10\"", json);
        Assert.Contains("\"kind\":\"Publiekstrekker\"", json);
        Assert.DoesNotContain("\"role\":0", json);
    }

    [Fact]
    public void Numbers_for_enums_are_refused_when_reading()
    {
        var json = JsonSerializer.Serialize(Zwolle(), FormationJson.Options).Replace("\"phase\":\"Initiatief\"", "\"phase\":3");

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<KvuProject>(json, FormationJson.Options));
    }

    [Fact]
    public void The_shared_options_cannot_be_changed_by_a_caller()
    {
        Assert.True(FormationJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => FormationJson.Options.WriteIndented = true);
    }
}
