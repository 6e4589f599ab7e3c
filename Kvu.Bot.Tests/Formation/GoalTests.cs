using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>A goal is completed and changed a part at a time: what is not given again stays, what is given replaces.</summary>
public class GoalTests
{
    [Fact]
    public void Changing_one_part_of_a_goal_keeps_its_other_parts()
    {
        var p = NewProject();
        var indicator = p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), Marieke, Start);
        p.SetGoal("Minder geweld op straat", null, 3m, new DateOnly(2027, 12, 31), Marieke, Start);

        p.SetGoal("Minder geweld op straat", "incidenten per weekendnacht", null, null, Marieke, Start);
        var changed = p.SetGoal("minder geweld op straat", null, 2m, null, Marieke, Start);

        Assert.Equal(("d1", "minder geweld op straat", (string?)indicator.Id, (decimal?)2m, (DateOnly?)new DateOnly(2027, 12, 31)), (changed.Id, changed.Text, changed.IndicatorId, changed.Target, changed.By));
        Assert.Empty(Goals.Gaps(Assert.Single(p.Goals), p.Analysis));
        Assert.Equal("minder geweld op straat; i1; 2; 2027-12-31", p.Decisions[^1].Detail);
    }

    [Fact]
    public void An_indicator_the_analysis_does_not_have_replaces_the_old_one_and_the_SMART_check_says_so()
    {
        var p = NewProject();
        p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), Marieke, Start);
        p.SetGoal("Minder geweld op straat", "Incidenten per weekendnacht", 3m, new DateOnly(2027, 12, 31), Marieke, Start);

        var changed = p.SetGoal("Minder geweld op straat", "Klachten van bewoners", null, null, Marieke, Start);

        Assert.Null(changed.IndicatorId);
        Assert.Equal([SmartGap.Indicator], Goals.Gaps(changed, p.Analysis));
    }
}
