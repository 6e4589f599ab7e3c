using System.Globalization;
using Kvu.Bot.Dashboard;
using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Dashboard;

/// <summary>The timeline on the dashboard as the werkgroep's phase decisions move the project on, back and round again.</summary>
public class DashboardPhasesTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Each step as the page shows it: current, started (and when), finished (and when), or still to come.</summary>
    private static IReadOnlyList<string> Timeline(KvuProject project) =>
        [.. DashboardPhases.Of(project, Dutch).Select(s => s.Current ? $"{s.Phase}: huidig sinds {s.EnteredAt:dd-MM}"
            : s.LeftAt is { } left ? $"{s.Phase}: afgerond {left:dd-MM}"
            : s.EnteredAt is null ? $"{s.Phase}: nog niet bereikt" : $"{s.Phase}: begonnen {s.EnteredAt:dd-MM}")];

    /// <summary>The werkgroep's approved phase decisions, one after the other: where to, in which round, on which day.</summary>
    private static void Move(KvuProject project, params (KvuPhase To, int Round, int Day)[] moves)
    {
        foreach (var (to, round, day) in moves)
        {
            project.MovePhase(project.Phase, to, round, $"fase v{project.History.Count}", Marieke, Day(day));
        }
    }

    [Fact]
    public void A_new_project_is_in_Initiatief_since_it_was_made_and_the_rest_is_still_to_come()
    {
        Assert.Equal(
            ["Initiatief: huidig sinds 02-03", "Veiligheidsanalyse: nog niet bereikt", "PlanVanAanpak: nog niet bereikt", "Convenant: nog niet bereikt", "Uitvoering: nog niet bereikt", "Evaluatie: nog niet bereikt"],
            Timeline(NewProject()));
    }

    [Fact]
    public void A_phase_the_werkgroep_went_back_from_is_still_to_come_not_finished()
    {
        var p = NewProject();
        Move(p, (KvuPhase.Veiligheidsanalyse, 1, 10), (KvuPhase.PlanVanAanpak, 1, 20), (KvuPhase.Veiligheidsanalyse, 1, 25));

        Assert.Equal(
            ["Initiatief: afgerond 12-03", "Veiligheidsanalyse: huidig sinds 27-03", "PlanVanAanpak: nog niet bereikt", "Convenant: nog niet bereikt", "Uitvoering: nog niet bereikt", "Evaluatie: nog niet bereikt"],
            Timeline(p));
    }

    [Fact]
    public void A_new_round_starts_the_timeline_again_after_the_analysis()
    {
        var p = NewProject();
        Move(p, (KvuPhase.Veiligheidsanalyse, 1, 10), (KvuPhase.PlanVanAanpak, 1, 20), (KvuPhase.Convenant, 1, 30), (KvuPhase.Uitvoering, 1, 40),
            (KvuPhase.Evaluatie, 1, 300), (KvuPhase.Veiligheidsanalyse, 2, 330), (KvuPhase.PlanVanAanpak, 2, 360));

        Assert.Equal(
            ["Initiatief: afgerond 12-03", "Veiligheidsanalyse: afgerond 25-02", "PlanVanAanpak: huidig sinds 25-02", "Convenant: nog niet bereikt", "Uitvoering: nog niet bereikt", "Evaluatie: nog niet bereikt"],
            Timeline(p));

        // Back from the first analysis of round 2 to the Evaluatie of round 1: round 1's steps again, up to the Evaluatie.
        Move(p, (KvuPhase.Veiligheidsanalyse, 2, 361), (KvuPhase.Evaluatie, 1, 362));
        Assert.Equal(
            ["Initiatief: afgerond 12-03", "Veiligheidsanalyse: afgerond 22-03", "PlanVanAanpak: afgerond 01-04", "Convenant: afgerond 11-04", "Uitvoering: afgerond 27-12", "Evaluatie: huidig sinds 27-02"],
            Timeline(p));
    }
}
