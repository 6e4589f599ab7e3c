using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>Group decisions in the werkgroep channel, clicked through the real /api/messages endpoint with state in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GroupDecisionInvokeTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string Samenstelling = "samenstelling";

    private async Task<ApprovalExamples> WerkgroepAsync(int members = 3) => await new ApprovalExamples(Bot, Connector).SeedAsync(members);

    private ApprovalStore Store => Bot.Services.GetRequiredService<ApprovalStore>();

    [Fact]
    public async Task The_projectleider_puts_the_composition_to_the_werkgroep_and_every_member_gets_their_own_view()
    {
        var w = await WerkgroepAsync();

        var posted = await w.SayInChannelAsync("voorleggen samenstelling");

        var text = ApprovalExamples.Read(posted);
        Assert.Contains("Samenstelling van de werkgroep", text);
        Assert.Contains("Politie: Mark Jansen", text);
        Assert.Contains("Versie 1 · 0 van 3 akkoord · 0 bezwaar", text);
        Assert.Contains("Nog te reageren: Mark Jansen, Fatima el Amrani, Henk Mulder", text);
        var userIds = posted["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal([.. w.Members.Select(m => m.AadObjectId), w.Projectleider.AadObjectId], userIds);

        var mark = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Jouw reactie wordt gevraagd.", ApprovalExamples.Read(mark));
        Assert.Equal(["Akkoord", "Bezwaar maken"], ApprovalExamples.Buttons(mark));

        var anna = await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Equal(["Sluiten", "Herinneren", "Logboek"], ApprovalExamples.Buttons(anna));
        Assert.DoesNotContain("Jouw reactie", ApprovalExamples.Read(anna));
    }

    [Fact]
    public async Task A_projectleider_from_the_gemeente_holds_its_seat_and_is_asked_like_the_members()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2, projectleiderFromGemeente: true);

        var posted = await w.SayInChannelAsync("voorleggen samenstelling");
        Assert.Contains("Versie 1 · 0 van 3 akkoord · 0 bezwaar", ApprovalExamples.Read(posted));
        Assert.Contains("Nog te reageren: Anna de Vries, Mark Jansen, Fatima el Amrani", ApprovalExamples.Read(posted));

        var anna = await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Je bent akkoord met versie 1.", ApprovalExamples.Read(anna));
        Assert.Contains("1 van 3 akkoord", ApprovalExamples.Read(anna));
        Assert.Contains("Sluiten", ApprovalExamples.Buttons(anna));
    }

    [Fact]
    public async Task A_member_agrees_and_sees_it_at_once_while_others_see_the_tally_and_who_is_left()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");

        var mark = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Je bent akkoord met versie 1.", ApprovalExamples.Read(mark));
        Assert.Contains("1 van 3 akkoord", ApprovalExamples.Read(mark));

        var fatima = await w.InvokeAsync(w.Members[1], ApprovalVerbs.Object, ApprovalExamples.Data(Samenstelling, w.Project.Id, comment: "De brandweer ontbreekt nog"));
        Assert.Contains("Je hebt bezwaar gemaakt tegen versie 1: De brandweer ontbreekt nog", ApprovalExamples.Read(fatima));

        var henk = ApprovalExamples.Read(await w.InvokeAsync(w.Members[2], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        Assert.Contains("Versie 1 · 1 van 3 akkoord · 1 bezwaar", henk);
        Assert.Contains("Nog te reageren: Henk Mulder", henk);
        Assert.Contains("Fatima el Amrani: De brandweer ontbreekt nog", henk);
    }

    [Fact]
    public async Task An_objection_without_a_comment_asks_for_one_and_records_nothing()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");

        var card = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Object, ApprovalExamples.Data(Samenstelling, w.Project.Id, comment: "  "));

        Assert.Contains("Schrijf kort waarom je bezwaar maakt", ApprovalExamples.Read(card));
        Assert.Empty(await Store.ListAuditAsync(w.Project.Id, Samenstelling, default));
    }

    [Fact]
    public async Task Someone_who_was_not_asked_gets_a_polite_error_and_nothing_changes()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        var stranger = ApprovalExamples.NewUser("Mark Jansen"); // the same display name as a member: names identify nobody

        var card = await w.InvokeAsync(stranger, ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));

        Assert.Contains("Alleen de werkgroepleden aan wie dit gevraagd is, kunnen hierop reageren. Er is niets veranderd.", ApprovalExamples.Read(card));
        Assert.Equal(["Terug naar de kaart"], ApprovalExamples.Buttons(card));
        Assert.Empty(await Store.ListResponsesAsync(w.Project.Id, Samenstelling, default));
        var projectleider = ApprovalExamples.Read(await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        Assert.Contains("0 van 3 akkoord", projectleider);
    }

    [Fact]
    public async Task Only_the_projectleider_can_close_and_after_closing_clicks_are_not_counted()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");

        var refused = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Close, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Alleen de projectleider of de projectsecretaris kan dit doen.", ApprovalExamples.Read(refused));

        var closed = await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Close, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Gesloten: reageren kan niet meer.", ApprovalExamples.Read(closed));
        Assert.Equal(["Heropenen", "Logboek"], ApprovalExamples.Buttons(closed));

        var late = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Deze stemming is gesloten; je reactie is niet vastgelegd.", ApprovalExamples.Read(late));
        Assert.Empty(ApprovalExamples.Buttons(late));
        Assert.Empty(await Store.ListResponsesAsync(w.Project.Id, Samenstelling, default));

        var reopened = await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Reopen, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.DoesNotContain("Gesloten", ApprovalExamples.Read(reopened));
        var agreed = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Je bent akkoord met versie 1.", ApprovalExamples.Read(agreed));
    }

    [Fact]
    public async Task A_card_for_another_tenants_project_or_with_tampered_data_is_rejected()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        const string NotFound = "Deze kaart is niet (meer) geldig. Er is niets veranderd.";

        // The same member's AAD object id, but the click comes from another tenant.
        var otherTenant = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id), tenantId: "0d9c4c1e-0000-4000-8000-0000000000ff");
        Assert.Contains(NotFound, ApprovalExamples.Read(otherTenant));

        var unknownDecision = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data("convenant", w.Project.Id));
        Assert.Contains(NotFound, ApprovalExamples.Read(unknownDecision));

        var unknownProject = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, "p-does-not-exist"));
        Assert.Contains(NotFound, ApprovalExamples.Read(unknownProject));

        var unknownVerb = await w.InvokeAsync(w.Members[0], "approval.delete", ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains(NotFound, ApprovalExamples.Read(unknownVerb));

        var noVersion = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: null));
        Assert.Contains("De inhoud is intussen gewijzigd (nu versie 1)", ApprovalExamples.Read(noVersion));

        Assert.Empty(await Store.ListResponsesAsync(w.Project.Id, Samenstelling, default));
    }

    [Fact]
    public async Task A_retried_invoke_and_a_double_click_are_recorded_once_and_still_answered_with_the_card()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        var data = ApprovalExamples.Data(Samenstelling, w.Project.Id);

        var first = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, data, activityId: "retried-1");
        var retried = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, data, activityId: "retried-1");
        var doubleClicks = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, data)));

        foreach (var card in new[] { first, retried }.Concat(doubleClicks))
        {
            Assert.Contains("1 van 3 akkoord", ApprovalExamples.Read(card));
        }

        Assert.Single(await Store.ListAuditAsync(w.Project.Id, Samenstelling, default));
    }

    [Fact]
    public async Task When_a_member_is_replaced_earlier_approvals_are_outdated_and_members_are_asked_again()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        await w.InvokeAsync(w.Members[1], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));

        var newcomer = ApprovalExamples.NewUser("Ingrid Bakker");
        var henkSeat = w.Project.Members[2].Id;
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.ReplaceRepresentative(henkSeat, ApprovalExamples.Person(newcomer), pl, ApprovalExamples.Start.AddDays(1)), default);

        var mark = ApprovalExamples.Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        Assert.Contains("Dit is gewijzigd sinds je reageerde op versie 1. Wil je opnieuw reageren?", mark);
        Assert.Contains("Versie 2 · 0 van 3 akkoord", mark);
        Assert.Contains("Ingrid Bakker", mark);
        Assert.DoesNotContain("Henk Mulder", mark);

        // Henk is no longer asked; a click on the old card from him changes nothing.
        var henk = await w.InvokeAsync(w.Members[2], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 2));
        Assert.Contains("Alleen de werkgroepleden aan wie dit gevraagd is", ApprovalExamples.Read(henk));

        // Mark's click on the card of version 1 does not count for version 2.
        var stale = ApprovalExamples.Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 1)));
        Assert.Contains("De inhoud is intussen gewijzigd (nu versie 2)", stale);
        var again = ApprovalExamples.Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 2)));
        Assert.Contains("Je bent akkoord met versie 2.", again);

        var audit = ApprovalExamples.Read(await w.InvokeAsync(w.Projectleider, ApprovalVerbs.Audit, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        Assert.Contains("Logboek: elke reactie", audit);
        Assert.Contains("Mark Jansen · akkoord · versie 2", audit);
        Assert.Contains("Mark Jansen · akkoord · versie 1 (verouderd)", audit);
        Assert.Contains("Fatima el Amrani · akkoord · versie 1 (verouderd)", audit);
    }

    [Fact]
    public async Task A_click_right_after_the_werkgroep_changed_is_not_counted_for_the_old_composition()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));

        // Henk's seat goes to Ingrid; nobody opens the card in between, the next thing is Fatima's click on version 1.
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.ReplaceRepresentative(p.Members[2].Id, ApprovalExamples.Person(ApprovalExamples.NewUser("Ingrid Bakker")), pl, ApprovalExamples.Start.AddDays(1)), default);
        var fatima = ApprovalExamples.Read(await w.InvokeAsync(w.Members[1], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 1)));

        Assert.Contains("De inhoud is intussen gewijzigd (nu versie 2)", fatima);
        Assert.Contains("Versie 2 · 0 van 3 akkoord", fatima);
        Assert.Contains("Ingrid Bakker", fatima);
        Assert.DoesNotContain(await Store.ListResponsesAsync(w.Project.Id, Samenstelling, default), r => r.AadObjectId == w.Members[1].AadObjectId);
        var henk = ApprovalExamples.Read(await w.InvokeAsync(w.Members[2], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 1)));
        Assert.Contains("Alleen de werkgroepleden aan wie dit gevraagd is", henk);
    }

    [Fact]
    public async Task Editing_a_term_makes_approvals_of_the_begrippenlijst_outdated()
    {
        var w = await WerkgroepAsync();
        var empty = await Bot.PostActivityAsync(w.Teams.ChannelMessage(w.Channel, "voorleggen begrippen", from: w.Projectleider));
        empty.EnsureSuccessStatusCode();
        Assert.Contains("De begrippenlijst is nog leeg", w.SentInChannel()[^1].VisibleText);

        await w.SayInChannelAsync("begrip Uitgaansgebied = de straten en pleinen binnen de singels");
        var posted = await w.SayInChannelAsync("voorleggen begrippen");
        Assert.Contains("Uitgaansgebied: de straten en pleinen binnen de singels", ApprovalExamples.Read(posted));
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data("begrippenlijst", w.Project.Id));

        var edited = await w.SayInChannelAsync("begrip uitgaansgebied = de binnenstad binnen de singels en het Stationsplein");
        Assert.Contains("Begrip 'uitgaansgebied' vastgelegd (versie 2)", w.SentInChannel()[^1].VisibleText);
        Assert.DoesNotContain("straten en pleinen", ApprovalExamples.Read(edited));

        var mark = ApprovalExamples.Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data("begrippenlijst", w.Project.Id)));
        Assert.Contains("Dit is gewijzigd sinds je reageerde op versie 1", mark);
        Assert.Contains("Versie 2 · 0 van 3 akkoord", mark);
    }

    [Fact]
    public async Task A_member_cannot_put_things_to_the_werkgroep()
    {
        var w = await WerkgroepAsync();
        await Bot.Services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TeamsActivity.TenantId, w.Members[0].AadObjectId, w.Project.Id, "Zwolle", "Binnenstad", ProjectAccessRole.Member, ApprovalExamples.Start), default);

        await Bot.PostActivityAsync(w.Teams.ChannelMessage(w.Channel, "voorleggen samenstelling", from: w.Members[0]));

        Assert.Contains("Alleen de projectleider of de projectsecretaris kan iets aan de werkgroep voorleggen.", w.SentInChannel()[^1].VisibleText);
    }

    [Fact]
    public async Task A_client_without_universal_actions_uses_the_submit_fallback_and_gets_its_view_as_a_message()
    {
        var w = await WerkgroepAsync();
        var posted = await w.SayInChannelAsync("voorleggen samenstelling");
        var agree = posted["actions"]!.AsArray().OfType<JsonObject>().First(a => (string?)a["title"] == "Akkoord");
        var fallback = (JsonObject)agree["fallback"]!.DeepClone();
        Assert.Equal("Action.Submit", (string?)fallback["type"]);

        var before = w.SentInChannel().Count;
        var submit = w.Teams.CardSubmit($"{w.Channel};messageid=1", (JsonObject)fallback["data"]!.DeepClone(), from: w.Members[0], conversationType: "channel");
        (await Bot.PostActivityAsync(submit)).EnsureSuccessStatusCode();

        var answer = w.SentInChannel()[^1];
        Assert.Contains("Je bent akkoord met versie 1.", answer.VisibleText);
        Assert.Single(await Store.ListResponsesAsync(w.Project.Id, Samenstelling, default));
        Assert.Equal(before + 1, w.SentInChannel().Count);
    }

    [Fact]
    public async Task Sixty_people_on_one_card_approving_at_the_same_moment_are_all_kept_and_each_sees_her_own_approval()
    {
        // 59 members and the projectleider in the gemeente's seat: the 60 users Teams refreshes a card for, all asked.
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(59, projectleiderFromGemeente: true);
        var posted = await w.SayInChannelAsync("voorleggen samenstelling");
        Assert.Equal(60, posted["refresh"]!["userIds"]!.AsArray().Count);
        TeamsActivity.User[] people = [.. w.Members, w.Projectleider];

        var clicked = DateTimeOffset.UtcNow;
        var answers = await Task.WhenAll(people.Select(async person =>
            (Person: person, Card: await w.InvokeAsync(person, ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id)))));
        var answered = DateTimeOffset.UtcNow;

        // Each got her own updated card at once: her approval on it, and she is no longer among those still to respond.
        Assert.All(answers, a =>
        {
            var card = ApprovalExamples.Read(a.Card);
            Assert.Contains("Je bent akkoord met versie 1.", card);
            Assert.Matches(@"Versie 1 · [1-9]\d* van 60 akkoord · 0 bezwaar", card);
            var pending = card.Split('\n').SingleOrDefault(line => line.StartsWith("Nog te reageren: ", StringComparison.Ordinal));
            Assert.DoesNotContain(a.Person.Name, pending?["Nog te reageren: ".Length..].Split(", ") ?? []);
        });
        Assert.Contains("Sluiten", ApprovalExamples.Buttons(answers.Single(a => a.Person == w.Projectleider).Card));

        // All 60 are kept, each with who and when in the audit trail.
        var responses = await Store.ListResponsesAsync(w.Project.Id, Samenstelling, default);
        Assert.Equal(people.Select(p => p.AadObjectId).Order(), responses.Select(r => r.AadObjectId).Order());
        var audit = await Store.ListAuditAsync(w.Project.Id, Samenstelling, default);
        Assert.Equal(people.Select(p => p.AadObjectId).Order(), audit.Select(e => e.AadObjectId).Order());
        Assert.All(audit, e =>
        {
            Assert.Equal((ApprovalAnswer.Agree, 1), (e.Answer, e.Version));
            Assert.Equal(people.Single(p => p.AadObjectId == e.AadObjectId).Name, e.DisplayName);
            Assert.InRange(e.At, clicked, answered);
        });

        var final = ApprovalExamples.Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        Assert.Contains("Versie 1 · 60 van 60 akkoord · 0 bezwaar", final);
        Assert.Contains("Iedereen heeft gereageerd.", final);
    }

    [Fact]
    public async Task An_english_member_reads_the_card_in_english()
    {
        var w = await WerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");

        var card = ApprovalExamples.Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id), locale: "en-US"));

        Assert.Contains("You agreed to version 1.", card);
        Assert.Contains("Police: Mark Jansen", card);
    }
}
