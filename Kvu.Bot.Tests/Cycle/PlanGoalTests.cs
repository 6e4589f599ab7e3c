using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Cycle;

/// <summary>The SMART check of the plan van aanpak's goals through /api/messages: what a goal lacks is named, in Dutch and English.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanGoalTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private async Task<(ApprovalExamples W, TeamsChat Chat)> PlanAsync(string locale)
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, ApprovalExamples.Start);
            p.MovePhaseTo(KvuPhase.PlanVanAanpak, pl, ApprovalExamples.Start);
        }, CancellationToken.None);
        return (w, new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, w.Projectleider));
    }

    [Fact]
    public async Task A_goal_without_a_target_value_is_not_smart_and_the_bot_says_what_is_missing()
    {
        var (_, chat) = await PlanAsync("nl-NL");

        await chat.SayAsync("doel Minder geweld op straat; indicator Incidenten per weekendnacht; datum 31-12-2027");
        Assert.Contains("Doel d1 (Minder geweld op straat) is bewaard, maar nog niet SMART. Het mist: een streefwaarde.", chat.LastText);
        await chat.SayAsync("fase");
        Assert.Contains("2. Elk doel SMART (indicator, streefwaarde, datum)\nNog open", ApprovalExamples.Read(chat.LastCard!));

        await chat.SayAsync("doel minder geweld op straat; indicator Incidenten per weekendnacht; streefwaarde 3; datum 31-12-2027");
        Assert.Contains("Doel d1 (minder geweld op straat) is SMART", chat.LastText);
        await chat.SayAsync("doel Minder overlast; indicator Klachten van bewoners; streefwaarde 10");
        Assert.Contains("Het mist: een indicator uit de veiligheidsanalyse, een datum.", chat.LastText);
        Assert.Contains("Indicatoren in de veiligheidsanalyse: Incidenten per weekendnacht.", chat.LastText);

        await chat.SayAsync("doelen");
        Assert.Contains("- d1 minder geweld op straat: Incidenten per weekendnacht van 4,5 naar 3 vóór 31 december 2027 (SMART)", chat.LastText);
        Assert.Contains("- d2 Minder overlast: nog niet SMART, mist een indicator uit de veiligheidsanalyse, een datum", chat.LastText);
    }

    [Fact]
    public async Task Completing_a_goal_as_the_bot_advises_keeps_what_it_had_and_a_change_keeps_the_parts_not_typed()
    {
        var (_, chat) = await PlanAsync("nl-NL");

        await chat.SayAsync("doel Minder geweld op straat; streefwaarde 3; datum 31-12-2027");
        Assert.Contains("Het mist: een indicator uit de veiligheidsanalyse. Wat het al heeft, blijft staan: streefwaarde 3, datum 31 december 2027. Vul het aan door hetzelfde doel te typen met alleen wat ontbreekt.", chat.LastText);
        await chat.SayAsync("indicator Incidenten per weekendnacht = 4,5 op 01-03-2026");

        await chat.SayAsync("doel Minder geweld op straat; indicator Incidenten per weekendnacht");
        Assert.Contains("Doel d1 (Minder geweld op straat) is SMART: Incidenten per weekendnacht van 4,5 naar 3 vóór 31 december 2027.", chat.LastText);

        await chat.SayAsync("doel minder geweld op straat; streefwaarde 2");
        Assert.Contains("Doel d1 (minder geweld op straat) is SMART: Incidenten per weekendnacht van 4,5 naar 2 vóór 31 december 2027.", chat.LastText);
        await chat.SayAsync("doelen");
        Assert.Contains("- d1 minder geweld op straat: Incidenten per weekendnacht van 4,5 naar 2 vóór 31 december 2027 (SMART)", chat.LastText);
        Assert.DoesNotContain("d2", chat.LastText);
    }

    [Fact]
    public async Task In_english_a_goal_without_a_target_value_is_named_as_lacking_one()
    {
        var (_, chat) = await PlanAsync("en-US");

        await chat.SayAsync("goal Less violence in the street; indicator Incidenten per weekendnacht; date 31-12-2027");

        Assert.Contains("Goal d1 (Less violence in the street) is saved, but not SMART yet. It lacks: a target value.", chat.LastText);
    }
}
