using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Cycle;

/// <summary>
/// The phases of the KVU through the real /api/messages endpoint on Azurite: the phase card with its checklist, the
/// move to the next phase as a group decision of the werkgroep (the phase changes when every member asked agreed,
/// with the decision in the phase history), and going back a phase, in Dutch and in English.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PhaseMoveTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string Fase = "fase";

    private ProjectStore Projects => Bot.Services.GetRequiredService<ProjectStore>();

    private async Task<(ApprovalExamples W, TeamsChat Chat)> WerkgroepAsync(string locale = "nl-NL")
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        return (w, new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, w.Projectleider));
    }

    private async Task<KvuProject> ReadAsync(ApprovalExamples w) =>
        (await Projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), CancellationToken.None))!;

    private static string Read(JsonObject? card) => ApprovalExamples.Read(card ?? throw new InvalidOperationException("No card."));

    [Fact]
    public async Task The_phase_card_shows_the_checklist_with_what_is_done_what_is_open_and_who_owns_it()
    {
        var (w, chat) = await WerkgroepAsync();
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.SetIntentieverklaring(IntentieverklaringStatus.Signed, new DateOnly(2026, 3, 1), ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start), CancellationToken.None);

        await chat.SayAsync("fase");

        var card = Read(chat.LastCard);
        Assert.Contains("KVU-fase: Initiatief", card);
        Assert.Contains("Initiatief → Veiligheidsanalyse → Plan van aanpak → Convenant → Uitvoering → Evaluatie", card.Replace("**", string.Empty));
        Assert.Contains("3. Intentieverklaring getekend", card);
        Assert.Contains("Klaar · eigenaar: Anna de Vries", card);
        Assert.Contains("1. Partijen hebben ingestemd en zeggen een bijdrage toe", card);
        Assert.Contains("Nog open · eigenaar: Anna de Vries", card);
        Assert.Contains("Fasegeschiedenis", card);
        Assert.Contains("Initiatief (ronde 1): 2 maart 2026 – nu", card);
        Assert.Equal(["Analyse bekijken", "Volgende fase voorstellen"], ApprovalExamples.Buttons(chat.LastCard!));
        Assert.All(await AdaptiveCardValidator.ValidateAsync([chat.LastCard!]), p => Assert.Empty(p));
    }

    [Fact]
    public async Task Moving_on_is_a_group_decision_and_the_phase_changes_when_every_member_agreed()
    {
        var (w, chat) = await WerkgroepAsync();

        await chat.SayAsync("volgende fase");
        Assert.Contains("Je stelt de werkgroep voor naar Veiligheidsanalyse te gaan. Nog open in deze fase (3):", chat.LastText);
        Assert.Contains("- Intentieverklaring getekend", chat.LastText);
        var proposal = Read(chat.LastCard);
        Assert.Contains("Naar de volgende fase", proposal);
        Assert.Contains("Van Initiatief naar Veiligheidsanalyse", proposal);
        Assert.Contains("Nog open: Intentieverklaring getekend", proposal);
        Assert.Contains("0 van 3 akkoord", proposal);

        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id));
        await w.InvokeAsync(w.Members[1], ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id));
        Assert.Equal(KvuPhase.Initiatief, (await ReadAsync(w)).Phase);
        await chat.SayAsync("fase");
        Assert.Contains("Voorstel naar Veiligheidsanalyse: 2 van 3 akkoord · nog te reageren: Henk Mulder", Read(chat.LastCard));

        var last = Read(await w.InvokeAsync(w.Members[2], ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id)));
        Assert.Contains("Iedereen is akkoord: de KVU is nu in fase Veiligheidsanalyse.", last);
        Assert.Contains("Gesloten", last);

        var project = await ReadAsync(w);
        Assert.Equal(KvuPhase.Veiligheidsanalyse, project.Phase);
        Assert.Collection(project.History,
            initiatief => Assert.Equal((KvuPhase.Initiatief, (string?)null, true), (initiatief.Phase, initiatief.Decision, initiatief.LeftAt is not null)),
            analyse => Assert.Equal((KvuPhase.Veiligheidsanalyse, "fase v1", false, false), (analyse.Phase, analyse.Decision, analyse.Back, analyse.LeftAt is not null)));
        Assert.Contains(project.Decisions, d => d.Kind == DecisionKind.PhaseMoved && d.Subject == "fase v1" && d.By.DisplayName == "Henk Mulder");

        var late = Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Object, ApprovalExamples.Data(Fase, w.Project.Id, comment: "Te vroeg")));
        Assert.Contains("Deze stemming is gesloten", late);
        Assert.Equal(KvuPhase.Veiligheidsanalyse, (await ReadAsync(w)).Phase);

        await chat.SayAsync("fase");
        var card = Read(chat.LastCard);
        Assert.Contains("KVU-fase: Veiligheidsanalyse", card);
        Assert.Contains("besluit fase v1", card);
        Assert.Contains("Bron ontvangen: Politiecijfers", card);

        await chat.SayAsync("status");
        Assert.Contains("Veiligheidsanalyse · 0 van 10 punten klaar · sinds", Read(chat.LastCard));
    }

    [Fact]
    public async Task An_objection_keeps_the_project_in_its_phase()
    {
        var (w, chat) = await WerkgroepAsync();
        await chat.SayAsync("volgende fase");

        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id));
        await w.InvokeAsync(w.Members[1], ApprovalVerbs.Object, ApprovalExamples.Data(Fase, w.Project.Id, comment: "Eerst de intentieverklaring tekenen"));
        var last = Read(await w.InvokeAsync(w.Members[2], ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id)));

        Assert.DoesNotContain("Iedereen is akkoord", last);
        Assert.Equal(KvuPhase.Initiatief, (await ReadAsync(w)).Phase);
    }

    [Fact]
    public async Task Going_back_a_phase_is_decided_the_same_way_and_recorded_as_going_back()
    {
        var (w, chat) = await WerkgroepAsync();
        await chat.SayAsync("vorige fase");
        Assert.Contains("er is geen fase vóór het Initiatief", chat.LastText);

        await chat.SayAsync("volgende fase");
        foreach (var member in w.Members)
        {
            await w.InvokeAsync(member, ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id));
        }

        await chat.SayAsync("vorige fase");
        Assert.Contains("Van Veiligheidsanalyse naar Initiatief", Read(chat.LastCard));
        Assert.Contains("Versie 2", Read(chat.LastCard));
        foreach (var member in w.Members)
        {
            await w.InvokeAsync(member, ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id, version: 2));
        }

        var project = await ReadAsync(w);
        Assert.Equal(KvuPhase.Initiatief, project.Phase);
        Assert.Equal([KvuPhase.Initiatief, KvuPhase.Veiligheidsanalyse, KvuPhase.Initiatief], project.History.Select(s => s.Phase));
        Assert.Equal("fase v2", project.CurrentStay.Decision);
        Assert.True(project.CurrentStay.Back);

        await chat.SayAsync("fase");
        Assert.Contains("besluit fase v2 · teruggegaan", Read(chat.LastCard));
    }

    [Fact]
    public async Task In_english_the_projectleider_proposes_the_next_phase_and_reads_the_card_in_english()
    {
        var (w, chat) = await WerkgroepAsync("en-US");

        await chat.SayAsync("next phase");
        Assert.Contains("You propose to the werkgroep to move to Safety analysis. Still open in this phase (3):", chat.LastText);
        Assert.Contains("From Initiative to Safety analysis", Read(chat.LastCard));

        foreach (var member in w.Members)
        {
            await w.InvokeAsync(member, ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id), locale: "en-US");
        }

        await chat.SayAsync("phase");
        var card = Read(chat.LastCard);
        Assert.Contains("KVU phase: Safety analysis", card);
        Assert.Contains("Source received: Police figures", card);
        Assert.Contains("Initiative (round 1):", card);
        Assert.Contains("decision fase v1", card);
        Assert.Equal(["View analysis", "Propose the next phase", "Propose going back a phase"], ApprovalExamples.Buttons(chat.LastCard!));
    }

    [Fact]
    public async Task When_the_last_two_agree_at_the_same_moment_the_next_look_at_the_phase_moves_it()
    {
        var (w, chat) = await WerkgroepAsync();
        await chat.SayAsync("volgende fase");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Fase, w.Project.Id));

        // Two clicks that each read the other's answer as missing: both recorded, neither saw everyone agreed.
        var store = Bot.Services.GetRequiredService<ApprovalStore>();
        foreach (var member in w.Members.Skip(1))
        {
            await store.RecordAsync(w.Project.Id, new ApprovalResponse(Fase, 1, member.AadObjectId, member.Name, ApprovalAnswer.Agree, null, DateTimeOffset.UtcNow), CancellationToken.None);
        }

        Assert.Equal(KvuPhase.Initiatief, (await ReadAsync(w)).Phase);

        await chat.SayAsync("fase");
        Assert.Contains("Iedereen is akkoord: de KVU is nu in fase Veiligheidsanalyse.", chat.LastText);
        Assert.Contains("KVU-fase: Veiligheidsanalyse", Read(chat.LastCard));
        Assert.Equal("fase v1", (await ReadAsync(w)).CurrentStay.Decision);
    }

    [Fact]
    public async Task When_a_seat_changed_hands_after_everyone_agreed_the_next_look_asks_the_werkgroep_as_it_is_now()
    {
        var (w, chat) = await WerkgroepAsync();
        await chat.SayAsync("volgende fase");

        // Everyone asked agreed, recorded without a click that settles it; then Henk's seat goes to Ingrid.
        var store = Bot.Services.GetRequiredService<ApprovalStore>();
        foreach (var member in w.Members)
        {
            await store.RecordAsync(w.Project.Id, new ApprovalResponse(Fase, 1, member.AadObjectId, member.Name, ApprovalAnswer.Agree, null, DateTimeOffset.UtcNow), CancellationToken.None);
        }

        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => p.ReplaceRepresentative(
            p.Members.Single(m => m.Person.AadObjectId == w.Members[2].AadObjectId).Id, ApprovalExamples.Person(ApprovalExamples.NewUser("Ingrid Bakker")),
            ApprovalExamples.Person(w.Projectleider), DateTimeOffset.UtcNow), CancellationToken.None);

        await chat.SayAsync("fase");

        Assert.DoesNotContain("Iedereen is akkoord", chat.LastText ?? string.Empty);
        Assert.Equal(KvuPhase.Initiatief, (await ReadAsync(w)).Phase);
        var card = Read(chat.LastCard);
        Assert.Contains("Ingrid Bakker", card);
        Assert.DoesNotContain("Henk Mulder", card);
    }

    [Fact]
    public async Task The_projectleider_ticks_an_item_the_bot_cannot_judge_and_not_one_it_can()
    {
        var (w, chat) = await WerkgroepAsync();
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => p.MovePhaseTo(KvuPhase.Uitvoering, ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start), CancellationToken.None);

        await chat.SayAsync("punt 1 klaar");
        Assert.Contains("Afgevinkt: Stand van elke maatregel bijgehouden.", chat.LastText);
        Assert.Contains("Checklist van deze fase (1 van 2 klaar)", Read(chat.LastCard));

        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => p.MovePhaseTo(KvuPhase.Initiatief, ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start), CancellationToken.None);
        await chat.SayAsync("punt 3 klaar");
        Assert.Contains("dit punt vult de bot zelf in", chat.LastText);
    }
}
