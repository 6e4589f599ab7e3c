using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>The Zwolle binnenstad werkgroep a projectleider would put together from the KVU text (see FormationExamples.Zwolle).</summary>
public class ZwolleWerkgroepTests
{
    [Fact]
    public void Passes_every_check()
    {
        var p = Zwolle();

        Assert.Empty(FormationChecks.Evaluate(p));
        Assert.DoesNotContain(SuccessFactorAdvice.Evaluate(p), s => s.Suggested == SuggestedStatus.LooksOpen);
    }

    [Fact]
    public void Has_the_parties_the_kvu_text_names()
    {
        var p = Zwolle();
        var roles = p.Members.Where(m => m.Status == MemberStatus.Accepted).Select(m => m.Role).ToHashSet();

        Assert.Equal(ProjectleiderOrigin.Gemeente, p.Projectleider!.Origin);
        Assert.Equal(Jeroen, p.Secretaris);
        Assert.Subset(roles, new HashSet<WerkgroepRole>(RoleCatalog.All.Where(r => RoleCatalog.Need(r) != RoleNeed.Optional)));
        Assert.All(p.HorecaAreas, a => Assert.Contains(p.Members, m => m.CoveredAreaIds.Contains(a.Id)));
        Assert.Single(p.Members, m => m.RepresentsRestaurants);
        Assert.Equal(IntentieverklaringStatus.Signed, p.Intentieverklaring.Status);
        Assert.True(p.Tasks.Single(t => t.Task == ProjectleiderTask.AppointSecretaris).Done);
        Assert.Equal(ConsultationBodyFate.FoldedIntoKvu, Assert.Single(p.ConsultationBodies).Fate);
    }

    [Fact]
    public void A_typical_first_draft_shows_what_is_still_to_do()
    {
        // The same werkgroep on the day the names were collected: nobody asked about mandate or substitute yet.
        var p = NewProject();
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        var grote = p.AddHorecaArea("Grote Markt", HorecaAreaKind.Plein, Marieke, Day(1));
        p.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.KhnAfdelingsbestuur, Henk, null, Marieke, Day(1));
        p.AddMember(WerkgroepRole.HorecaOndernemer, Sanne, "Café De Brouwerij", Marieke, Day(1));

        var points = FormationChecks.Evaluate(p);

        Assert.DoesNotContain(points, o => o.Severity == Severity.Critical);
        Assert.Contains(new OpenPoint(OpenPointKind.NoKhnRegioadviseur, "KhnRegioadviseur", Severity.Warning), points);
        Assert.Contains(new OpenPoint(OpenPointKind.RecommendedRoleVacant, "Brandweer", Severity.Advice), points);
        Assert.Contains(new OpenPoint(OpenPointKind.HorecaAreaUncovered, grote.Id, Severity.Warning), points);
        Assert.Equal(3, points.Count(o => o.Kind == OpenPointKind.MemberWithoutMandate));
        Assert.Equal(3, points.Count(o => o.Kind == OpenPointKind.MemberWithoutSubstitute));
    }
}
