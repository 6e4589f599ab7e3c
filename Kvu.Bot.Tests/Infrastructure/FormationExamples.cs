using System.Text.Json;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// People, moments and a realistic werkgroep for the formation tests. Names of people and businesses are invented;
/// the streets are Zwolle's.
/// </summary>
public static class FormationExamples
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public static readonly PersonRef Marieke = new("Marieke Jansen", "7f1c0e52-0000-4000-8000-000000000001", "m.jansen@zwolle.nl");
    public static readonly PersonRef Jeroen = new("Jeroen Bos", "7f1c0e52-0000-4000-8000-000000000002", "j.bos@zwolle.nl");
    public static readonly PersonRef Ingrid = new("Ingrid Bakker", null, "ingrid.bakker@politie.nl");
    public static readonly PersonRef Ruud = new("Ruud Kok", null, "ruud.kok@politie.nl");
    public static readonly PersonRef Henk = new("Henk Mulder", null, "henk@cafedemulder.nl");
    public static readonly PersonRef Sanne = new("Sanne Visser", null, "sanne@debrouwerij-zwolle.nl");
    public static readonly PersonRef Tom = new("Tom de Boer", null, "tom@barmelkmarkt.nl");
    public static readonly PersonRef Kees = new("Kees Smit", null, "kees@clubvoorstraat.nl");
    public static readonly PersonRef Lisa = new("Lisa Meijer", null, "lisa@hetpannenhuis.nl");
    public static readonly PersonRef Peter = new("Peter de Groot", null, "p.degroot@khn.nl");
    public static readonly PersonRef Fatima = new("Fatima el Amrani", null, "f.elamrani@vrijsselland.nl");
    public static readonly PersonRef Wim = new("Wim Hendriks", "7f1c0e52-0000-4000-8000-000000000003", "w.hendriks@zwolle.nl");
    public static readonly PersonRef Anouk = new("Anouk Vos", null, "anouk.vos@politie.nl");
    public static readonly PersonRef Bram = new("Bram Peters", null, "bram@debrouwerij-zwolle.nl");
    public static readonly PersonRef Eva = new("Eva Dekker", null, "eva@barmelkmarkt.nl");
    public static readonly PersonRef Joost = new("Joost Brouwer", null, "joost@clubvoorstraat.nl");
    public static readonly PersonRef Noor = new("Noor Willems", null, "noor@hetpannenhuis.nl");
    public static readonly PersonRef Karin = new("Karin Schouten", null, "k.schouten@khn.nl");
    public static readonly PersonRef Ahmed = new("Ahmed Yilmaz", null, "a.yilmaz@vrijsselland.nl");
    public static readonly PersonRef Linda = new("Linda van Dam", null, "l.vandam@zwolle.nl");
    public static readonly PersonRef Gert = new("Gert Koster", null, "gert@cafedemulder.nl");

    public static DateTimeOffset Day(int n) => Start.AddDays(n);

    public static KvuProject NewProject(string id = "zwolle-binnenstad", string tenantId = "tenant-zwolle") =>
        KvuProject.Create(id, tenantId, "Zwolle", "Binnenstad Zwolle", Marieke, Start);

    /// <summary>The whole document as the store would write it: equal strings mean nothing changed.</summary>
    public static string Snapshot(KvuProject project) => JsonSerializer.Serialize(project, FormationJson.Options);

    /// <summary>
    /// A werkgroep as the KVU text describes it: gemeente (projectleider), politie, afdelingsbestuur KHN,
    /// horecaondernemers for each street, square and publiekstrekker, a separate restaurant representative,
    /// the regioadviseur KHN as adviser, and the brandweer. Everyone has a mandate and a substitute.
    /// <paramref name="vacant"/>: a seat left open (Wim's of the gemeente, Ingrid's of the politie, Peter's of the
    /// regioadviseur or Fatima's of the brandweer).
    /// </summary>
    public static KvuProject Zwolle(string id = "zwolle-binnenstad", string tenantId = "tenant-zwolle", PersonRef? vacant = null)
    {
        if (vacant is not null && vacant != Wim && vacant != Ingrid && vacant != Peter && vacant != Fatima)
        {
            throw new ArgumentException($"Zwolle can leave open the seat of Wim, Ingrid, Peter or Fatima, not of {vacant.DisplayName}.", nameof(vacant));
        }

        var p = NewProject(id, tenantId);
        p.SetAgreement(true, true, Marieke, Day(1));
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        p.AppointSecretaris(Jeroen, Marieke, Day(2));
        p.SetProcesbegeleider(ProcesbegeleiderChoice.No, null, null, Marieke, Day(2));

        var groteMarkt = p.AddHorecaArea("Grote Markt", HorecaAreaKind.Plein, Marieke, Day(3));
        var melkmarkt = p.AddHorecaArea("Melkmarkt", HorecaAreaKind.Plein, Marieke, Day(3));
        var voorstraat = p.AddHorecaArea("Voorstraat", HorecaAreaKind.Straat, Marieke, Day(3));
        var club = p.AddHorecaArea("Club Voorstraat", HorecaAreaKind.Publiekstrekker, Marieke, Day(3));
        p.SetRestaurantsTakePart(true, Marieke, Day(3));
        p.AddConsultationBody("Horecaoverleg binnenstad", ConsultationBodyFate.FoldedIntoKvu, Marieke, Day(3));

        void SeatUnlessVacant(WerkgroepRole role, PersonRef person, string? organisation, Mandate mandate, PersonRef substitute)
        {
            if (person != vacant)
            {
                Seat(p, role, person, organisation, mandate, substitute);
            }
        }

        SeatUnlessVacant(WerkgroepRole.Gemeente, Wim, null, Mandate.CanDecide, Linda);
        SeatUnlessVacant(WerkgroepRole.Politie, Ingrid, null, Mandate.CanDecide, Anouk);
        var khn = Seat(p, WerkgroepRole.KhnAfdelingsbestuur, Henk, null, Mandate.CanDecide, Gert);
        var brouwerij = Seat(p, WerkgroepRole.HorecaOndernemer, Sanne, "Café De Brouwerij", Mandate.CanDecide, Bram);
        var melk = Seat(p, WerkgroepRole.HorecaOndernemer, Tom, "Bar Melkmarkt", Mandate.DecidesAfterConsultation, Eva);
        var clubMember = Seat(p, WerkgroepRole.HorecaOndernemer, Kees, "Club Voorstraat", Mandate.CanDecide, Joost);
        var restaurant = Seat(p, WerkgroepRole.HorecaOndernemer, Lisa, "Restaurant Het Pannenhuis", Mandate.DecidesAfterConsultation, Noor);
        SeatUnlessVacant(WerkgroepRole.KhnRegioadviseur, Peter, null, Mandate.Unknown, Karin);
        SeatUnlessVacant(WerkgroepRole.Brandweer, Fatima, "Brandweer IJsselland", Mandate.CanDecide, Ahmed);

        p.AssignAreaCoverage(khn.Id, [voorstraat.Id], Marieke, Day(5));
        p.AssignAreaCoverage(brouwerij.Id, [groteMarkt.Id], Marieke, Day(5));
        p.AssignAreaCoverage(melk.Id, [melkmarkt.Id], Marieke, Day(5));
        p.AssignAreaCoverage(clubMember.Id, [club.Id, voorstraat.Id], Marieke, Day(5));
        p.SetRepresentsRestaurants(restaurant.Id, true, Marieke, Day(5));
        p.SetIntentieverklaring(IntentieverklaringStatus.Signed, new DateOnly(2026, 3, 10), Marieke, Day(10));
        return p;
    }

    /// <summary>
    /// Puts a test project in a phase the only way the app does: as the werkgroep's approved phase decision
    /// (<see cref="KvuProject.MovePhase"/>), here straight to the phase a test needs. After Evaluatie a new
    /// Veiligheidsanalyse begins the next round, as on the route.
    /// </summary>
    public static void MovePhaseTo(this KvuProject project, KvuPhase to, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(project);
        var round = project.Phase == KvuPhase.Evaluatie && to == KvuPhase.Veiligheidsanalyse ? project.Round + 1 : project.Round;
        project.MovePhase(project.Phase, to, round, $"voorbeeld v{project.History.Count}", by, at);
    }

    private static Member Seat(KvuProject p, WerkgroepRole role, PersonRef person, string? organisation, Mandate mandate, PersonRef substitute)
    {
        var member = p.AddMember(role, person, organisation, Marieke, Day(4));
        p.SetMandate(member.Id, mandate, Marieke, Day(6));
        p.SetSubstitute(member.Id, substitute, Marieke, Day(6));
        p.SetMemberStatus(member.Id, MemberStatus.Accepted, Marieke, Day(7));
        p.SetReportsBack(member.Id, true, Marieke, Day(7));
        return member;
    }
}
