using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Formation;

/// <summary>A projectleider forms a werkgroep through the real endpoint, with the project kept in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FormationConversationTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    /// <summary>A chat of a projectleider of their own (tests share one Azurite, and "start" resumes a user's latest project).</summary>
    private TeamsChat NewChat(string locale = "nl-NL", TeamsActivity.User? user = null) =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, user ?? NewUser());

    private static TeamsActivity.User NewUser() => new($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString());

    [Fact]
    public async Task A_projectleider_forms_a_complete_werkgroep_and_sees_its_overview()
    {
        var chat = NewChat();

        await chat.SayAsync("start");
        Assert.Contains("Voor welke gemeente is dit KVU-project?", chat.LastText);
        await chat.SayAsync("Zwolle");
        Assert.Contains("Hoe heet het uitgaansgebied?", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["answer"] = "Binnenstad" });
        Assert.Contains("Het project Zwolle – Binnenstad is aangemaakt", chat.LastText);
        Assert.Contains("Hebben de betrokken partijen ingestemd", chat.LastText);

        await chat.ClickAsync("Ja, ingestemd en bijdrage toegezegd");
        Assert.Contains("Hoe staat het met de intentieverklaring?", chat.LastText);
        await chat.ClickAsync("Getekend");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["answer"] = "2026-10-01" });
        Assert.Contains("Kom je uit de gemeente", chat.LastText);
        await chat.SayAsync("1");
        Assert.Contains("Wie wordt projectsecretaris?", chat.LastText);
        await chat.SayAsync("Petra Mulder, p.mulder@zwolle.nl");
        Assert.Contains("procesbegeleider", chat.LastText);
        await chat.ClickAsync("Nee");

        Assert.Contains("Politie: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        await chat.ClickAsync("Verder", Member("Mark Jansen", "m.jansen@politie.nl", "CanDecide", "Lotte de Boer", "l.deboer@politie.nl"));
        Assert.Contains("Mark Jansen is toegevoegd als lid namens Politie", chat.LastText);
        await chat.ClickAsync("Verder", Member("Ingrid Jansen", "ingrid@khn-zwolle.nl", "DecidesAfterConsultation", "Karel Dijk", "k.dijk@khn-zwolle.nl"));
        await chat.ClickAsync("Verder", Member("Ahmet Yilmaz", "ahmet@cafedewaag.nl", "CanDecide", "Sara Yilmaz", "sara@cafedewaag.nl", organisation: "Café De Waag"));
        Assert.Contains("Wil je nog een horecaondernemer toevoegen?", chat.LastText);
        await chat.ClickAsync("Ja");
        await chat.ClickAsync("Verder", Member("Bram Vos", "bram@hedon.nl", "CanDecide", "Noor Vos", "noor@hedon.nl", organisation: "Poppodium Hedon"));
        await chat.ClickAsync("Nee");
        Assert.Contains("Regioadviseur KHN: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        Assert.Contains("als adviseur", chat.LastText);
        await chat.ClickAsync("Verder", Member("Henk de Wit", "h.dewit@khn.nl", "CanDecide", "Els Bos", "e.bos@khn.nl"));
        Assert.Contains("Brandweer: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        await chat.ClickAsync("Later invullen");
        Assert.Contains("Wil je nog een partij toevoegen?", chat.LastText);
        await chat.ClickAsync("Nee, verder");

        Assert.Contains("Welke horecastraten, -pleinen en publiekstrekkers heeft Binnenstad?", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["straten"] = "Sassenstraat", ["pleinen"] = "Grote Markt", ["trekkers"] = "Hedon" });
        Assert.Contains("Wie van de horeca vertegenwoordigt welke plek?", chat.LastText);
        var areaFields = TeamsChat.Inputs(chat.LastCard!).Select(i => i["id"]!.GetValue<string>()).ToList();
        Assert.Equal(3, areaFields.Count);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { [areaFields[0]] = "m3", [areaFields[1]] = "m3", [areaFields[2]] = "m4" });
        Assert.Contains("Doen restaurants mee aan de KVU?", chat.LastText);
        await chat.ClickAsync("Nee");
        Assert.Contains("Zijn er in Binnenstad al andere overleggen over uitgaan", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["answer"] = "Horecaoverleg binnenstad" });
        Assert.Contains("Wat gebeurt er met deze overleggen?", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["overleg:Horecaoverleg binnenstad"] = "FoldedIntoKvu" });

        Assert.Contains("De werkgroep is ingericht", chat.LastText);
        var overview = chat.LastText;
        Assert.Contains("Zwolle – Binnenstad", overview);
        Assert.Contains("Mark Jansen", overview);
        Assert.Contains("Bram Vos", overview);
        Assert.Contains("Brandweer: nog niet in de werkgroep", overview);
        Assert.DoesNotContain("nog geen vertegenwoordiger in de werkgroep", overview);
    }

    [Fact]
    public async Task The_welcome_cards_start_button_begins_the_werkgroep()
    {
        var chat = NewChat();

        await chat.SubmitAsync(new JsonObject { [CardVerb.Field] = "start" });

        Assert.Contains("Voor welke gemeente is dit KVU-project?", chat.LastText);
    }

    [Fact]
    public async Task An_English_Teams_user_forms_a_werkgroep_in_English_by_typing()
    {
        var chat = NewChat("en-US");

        await chat.SayAsync("start");
        Assert.Contains("Which gemeente (municipality) is this KVU project for?", chat.LastText);
        await chat.SayAsync("Deventer");
        await chat.SayAsync("De Brink");
        Assert.Contains("The project Deventer – De Brink has been created", chat.LastText);
        Assert.Contains("Have the parties involved agreed to the KVU", chat.LastText);
        await chat.SayAsync("help");
        Assert.Contains("A KVU starts when the gemeente", chat.LastText);
        Assert.Contains("Type back for the previous question", chat.LastText);
        await chat.SayAsync("1");
        Assert.Contains("What is the status of the intentieverklaring", chat.LastText);
        await chat.SayAsync("1");
        Assert.Contains("Do you work for the gemeente or for an external organisation?", chat.LastText);
        await chat.SayAsync("2");
        Assert.Contains("As an external projectleider", chat.LastText);
        await chat.SayAsync("2");
        Assert.Contains("Who will be the projectsecretaris?", chat.LastText);
        await chat.SayAsync("Later");
        await chat.SayAsync("Decide later");
        Assert.Contains("who sits in the werkgroep for this party?", chat.LastText);
        await chat.SayAsync("Tom Hendriks, t.hendriks@politie.nl");
        Assert.Contains("Tom Hendriks has been added as", chat.LastText);
        await chat.SayAsync("Jan Smit, jan@khn-deventer.nl");
        await chat.SayAsync("Lisa Berg, lisa@cafeboulevard.nl");
        Assert.Contains("organisation", chat.LastText);
        await chat.SayAsync("Lisa Berg, lisa@cafeboulevard.nl, Café Boulevard");
        Assert.Contains("Do you want to add another horeca owner?", chat.LastText);
        await chat.SayAsync("No");
        await chat.SayAsync("Kees Mol, k.mol@khn.nl");
        await chat.SayAsync("Fill in later");
        Assert.Contains("Do you want to add another party?", chat.LastText);
        await chat.SayAsync("No, continue");
        Assert.Contains("Which horeca streets, squares and crowd pullers does De Brink have?", chat.LastText);
        await chat.SayAsync("street: Brink, Korte Bisschopstraat; square: Grote Kerkhof");
        Assert.Contains("Which horeca representative covers which place?", chat.LastText);
        await chat.ClickAsync("Next");
        Assert.Contains("Do restaurants take part in the KVU?", chat.LastText);
        await chat.SayAsync("Yes");
        Assert.Contains("Who represents the restaurants?", chat.LastText);
        await chat.SayAsync("Mila Roos, mila@restaurantroos.nl, Restaurant Roos");
        Assert.Contains("Are there other consultations about nightlife in De Brink already", chat.LastText);
        await chat.SayAsync("None");

        Assert.Contains("The werkgroep has been set up.", chat.LastText);
        Assert.Contains("Deventer – De Brink", chat.LastText);
        Assert.Contains("no hospitality representative for this area yet", chat.LastText);
        Assert.Contains("Korte Bisschopstraat", chat.LastText);
        var project = await OnlyProjectOfAsync(chat.User, "Deventer");
        Assert.Equal(ExternalCapacity.TechnischVoorzitter, project.Projectleider?.ExternalCapacity);
        Assert.Equal(3, project.HorecaAreas.Count);
        Assert.Contains(project.Members, m => m.RepresentsRestaurants && m.Person.DisplayName == "Mila Roos" && m.Organisation == "Restaurant Roos");
        Assert.Contains(project.Members, m => m.Organisation == "Café Boulevard");
    }

    [Fact]
    public async Task Help_back_and_stop_work_at_each_step_and_start_resumes_where_it_was()
    {
        var chat = NewChat();
        await chat.SayAsync("start");
        await chat.SayAsync("terug");
        Assert.Contains("Dit is de eerste vraag", chat.LastText);
        Assert.Contains("Voor welke gemeente", chat.LastText);

        await chat.SayAsync("Kampen");
        await chat.SayAsync("terug");
        Assert.Contains("Voor welke gemeente", chat.LastText);
        await chat.SayAsync("Kampen");
        await chat.SayAsync("Oudestraat");
        await chat.ClickAsync("Nog niet");
        await chat.SayAsync("help");
        Assert.Contains("intentieverklaring leggen de partijen vast", chat.LastText);
        Assert.Contains("Hoe staat het met de intentieverklaring?", chat.LastText);

        await chat.ClickAsync("Stop");
        Assert.Contains("Gestopt. Wat je al had ingevuld is bewaard.", chat.LastText);
        await chat.SayAsync("status");
        Assert.Contains("Kampen – Oudestraat", chat.LastText);

        // Back at the question where "stop" was clicked: the intentieverklaring is not skipped.
        await chat.SayAsync("start");
        Assert.Contains("We gaan verder waar je was gebleven.", chat.LastText);
        Assert.Contains("Hoe staat het met de intentieverklaring?", chat.LastText);
    }

    [Fact]
    public async Task Invalid_answers_are_explained_and_change_nothing()
    {
        var chat = NewChat();
        await StartProjectAsync(chat, "Hardenberg", "Centrum");
        await chat.ClickAsync("Getekend");

        await chat.SayAsync("31-02-2026");
        Assert.Contains("Dat is geen geldige datum", chat.LastText);
        Assert.Contains("Op welke datum is de intentieverklaring getekend?", chat.LastText);
        await chat.SayAsync("01-01-2099");
        Assert.Contains("Op welke datum is de intentieverklaring getekend?", chat.LastText);
        Assert.DoesNotContain("Kom je uit de gemeente", chat.LastText);
        await chat.SayAsync("vandaag");
        await chat.SayAsync("Uit de gemeente");
        await chat.SayAsync("misschien");
        Assert.Contains("Wie wordt projectsecretaris?", chat.LastText);
        Assert.Contains("Geef een naam en een e-mailadres", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["naam"] = "Jan", ["email"] = "jan@" });
        Assert.Contains("E-mailadres: „jan@” is geen geldig e-mailadres", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["naam"] = " ", ["email"] = "jan@hardenberg.nl" });
        Assert.Contains("Naam is nog leeg", chat.LastText);

        await chat.SayAsync("status");
        Assert.Contains("Hardenberg – Centrum", chat.LastText);
        Assert.DoesNotContain("jan@hardenberg.nl", chat.LastText);
        var project = await OnlyProjectOfAsync(chat.User, "Hardenberg");
        Assert.Null(project.Secretaris);
    }

    [Fact]
    public async Task A_button_on_an_old_card_does_not_answer_the_current_question()
    {
        var chat = NewChat();
        await StartProjectAsync(chat, "Ommen", "Markt");

        await chat.SubmitAsync(new JsonObject { ["step"] = "gemeente", ["answer"] = "Dalfsen" });

        Assert.Contains("Die knop hoort bij een eerdere vraag", chat.LastText);
        Assert.Contains("Hoe staat het met de intentieverklaring?", chat.LastText);
        Assert.Equal("Ommen", (await OnlyProjectOfAsync(chat.User, "Ommen")).Gemeente);
    }

    [Fact]
    public async Task A_flow_left_half_way_continues_after_theBot_restarts()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();
        var user = NewUser();
        await using (var before = new KvuBotApplication(Azurite.ConnectionString))
        {
            var chat = new TeamsChat(before, Connector, conversation, user: user);
            await chat.SayAsync("start");
            await chat.SayAsync("Raalte");
            await chat.SayAsync("Kerkplein");
            Assert.Contains("Hebben de betrokken partijen ingestemd", chat.LastText);
        }

        await using var after = new KvuBotApplication(Azurite.ConnectionString);
        var resumed = new TeamsChat(after, Connector, conversation, user: user);
        await resumed.SayAsync("3");

        Assert.Contains("Hoe staat het met de intentieverklaring?", resumed.LastText);
        var project = await OnlyProjectOfAsync(user, "Raalte");
        Assert.False(project.PartiesAgreed);
    }

    [Fact]
    public async Task Changing_an_answer_later_needs_no_redo_and_clears_the_open_point()
    {
        var chat = NewChat();
        await StartProjectAsync(chat, "Zwartewaterland", "Hasselt");
        await chat.SayAsync("stop");
        await chat.SayAsync("wijzig politie");
        Assert.Contains("Politie: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        await chat.ClickAsync("Verder", Member("Mark Jansen", "m.jansen@politie.nl", "CanDecide"));
        Assert.Contains("Mark Jansen: nog geen plaatsvervanger", chat.LastText);

        await chat.SayAsync("wijzig politie");
        Assert.Contains("Wijzig de vertegenwoordiger van Politie: Mark Jansen", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["pv-naam"] = "Lotte de Boer", ["pv-email"] = "l.deboer@politie.nl" });

        Assert.Contains("De gegevens van Mark Jansen (Politie) zijn bijgewerkt", chat.LastText);
        Assert.DoesNotContain("Mark Jansen: nog geen plaatsvervanger", chat.LastText);
        var project = await OnlyProjectOfAsync(chat.User, "Zwartewaterland");
        Assert.Equal("Lotte de Boer", Assert.Single(project.Members).Substitute?.DisplayName);
    }

    [Fact]
    public async Task A_change_in_the_middle_of_the_questions_goes_back_to_the_question_the_user_was_at()
    {
        var chat = NewChat();
        await StartProjectAsync(chat, "Zwolle", "Diezerpoort");
        await chat.ClickAsync("Nog niet opgesteld");
        await chat.ClickAsync("Uit de gemeente");
        await chat.ClickAsync("Later");
        await chat.ClickAsync("Nee");
        await chat.ClickAsync("Verder", Member("Sander Bakker", "sander.bakker@politie.nl", "CanDecide"));
        await chat.ClickAsync("Later invullen");
        await chat.ClickAsync("Later invullen");
        await chat.ClickAsync("Nee");
        Assert.Contains("Regioadviseur KHN: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        await chat.ClickAsync("Later invullen");
        Assert.Contains("Brandweer: wie zit er namens deze partij in de werkgroep?", chat.LastText);

        await chat.SayAsync("wijzig politie");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["pv-naam"] = "Lotte de Boer", ["pv-email"] = "l.deboer@politie.nl" });

        Assert.Contains("De gegevens van Sander Bakker (Politie) zijn bijgewerkt", chat.LastText);
        Assert.Contains("We gaan verder waar je was gebleven", chat.LastText);
        Assert.Contains("Brandweer: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        Assert.DoesNotContain("Wat nu", chat.LastText);
        await chat.ClickAsync("Later invullen");
        Assert.Contains("Wil je nog een partij toevoegen?", chat.LastText);

        await chat.SayAsync("wijzig politie");
        await chat.SayAsync("stop");
        await chat.SayAsync("start");
        Assert.Contains("We gaan verder waar je was gebleven", chat.LastText);
        Assert.Contains("Wil je nog een partij toevoegen?", chat.LastText);
    }

    [Fact]
    public async Task Two_projectleiders_in_one_tenant_never_see_each_others_project()
    {
        var anna = NewChat();
        await StartProjectAsync(anna, "Staphorst", "Dorp");
        var eva = NewChat();

        await eva.SayAsync("status");
        Assert.Contains("Je hebt nog geen KVU-project", eva.LastText);
        await eva.SayAsync("projecten");
        Assert.DoesNotContain("Staphorst", eva.LastText);
        await eva.SayAsync("wissel 1");
        Assert.Contains("Dat project kan ik niet vinden", eva.LastText);
    }

    [Fact]
    public async Task A_projectleider_with_two_areas_switches_between_them()
    {
        var chat = NewChat(user: new TeamsActivity.User("29:1wim", "Wim Kok", Guid.NewGuid().ToString()));
        await StartProjectAsync(chat, "Kampen", "Binnenstad");
        await chat.SayAsync("stop");
        await chat.SayAsync("nieuw project");
        await chat.SayAsync("Kampen");
        await chat.SayAsync("IJsselkade");
        await chat.SayAsync("stop");

        await chat.SayAsync("projecten");
        Assert.Contains("Binnenstad", chat.LastText);
        Assert.Contains("IJsselkade", chat.LastText);
        await chat.SayAsync("wissel 1");
        Assert.Contains("Je werkt nu aan Kampen – Binnenstad", chat.LastText);
        await chat.SayAsync("status");
        Assert.Contains("Kampen – Binnenstad", chat.LastText);
    }

    [Fact]
    public async Task Tasks_ticked_at_the_same_moment_in_two_chats_areBoth_kept()
    {
        var user = new TeamsActivity.User("29:1iris", "Iris Meijer", Guid.NewGuid().ToString());
        var personal = NewChat(user: user);
        await StartProjectAsync(personal, "Olst-Wijhe", "Olst");
        var second = NewChat(user: user);
        await second.SayAsync("wissel 1");

        await Task.WhenAll(
            Enumerable.Range(1, 6).Select(i => (i % 2 == 0 ? personal : second).SayAsync($"taak {i} klaar")));

        var project = await OnlyProjectOfAsync(user, "Olst-Wijhe");
        Assert.Equal(6, project.Tasks.Take(6).Count(t => t.Done));
        await personal.SayAsync("taken");
        Assert.Contains("Beheren van het projectbudget", personal.LastText);
    }

    [Fact]
    public async Task The_projectleider_links_the_werkgroep_channel_by_mentioning_theBot_there()
    {
        var chat = NewChat();
        await StartProjectAsync(chat, "Zwolle", "Assendorp");
        await chat.SayAsync("koppel");
        Assert.Contains("Koppelen kan alleen in een kanaal", chat.LastText);

        var channel = TeamsActivity.NewChannelConversationId();
        var message = new TeamsActivity(Connector.ServiceUrl).ChannelMessage(channel, "koppel", from: chat.User);
        await Bot.PostActivityAsync(message);

        var thread = message["conversation"]!["id"]!.GetValue<string>();
        Assert.Contains("Dit kanaal is nu het kanaal van de werkgroep Zwolle – Assendorp", Connector.SentTo(thread).Single().Text);
        var project = await OnlyProjectOfAsync(chat.User, "Zwolle");
        Assert.Equal(channel, project.Channel?.ConversationId);
        Assert.Equal("Werkgroep KVU", project.Channel?.TeamName);
    }

    [Fact]
    public async Task A_representative_can_be_picked_from_the_werkgroep_team_and_keeps_their_Teams_identity()
    {
        AddTeamMember("29:1sander", "Sander Bakker", "7d1e0c55-0000-4000-8000-000000000003", "sander.bakker@politie.nl");
        var chat = NewChat();
        await StartProjectAsync(chat, "Zwolle", "Stadshagen");
        await Bot.PostActivityAsync(new TeamsActivity(Connector.ServiceUrl).ChannelMessage(TeamsActivity.NewChannelConversationId(), "koppel", from: chat.User));

        await chat.SayAsync("wijzig politie");
        Assert.Contains("Sander Bakker (sander.bakker@politie.nl)", chat.LastText);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["kies"] = "7d1e0c55-0000-4000-8000-000000000003", ["mandaat"] = "CanDecide" });

        Assert.Contains("Sander Bakker is toegevoegd als lid namens Politie", chat.LastText);
        var member = Assert.Single((await OnlyProjectOfAsync(chat.User, "Zwolle")).Members);
        Assert.Equal("7d1e0c55-0000-4000-8000-000000000003", member.Person.AadObjectId);
    }

    [Fact]
    public async Task Picking_someone_else_for_a_seat_hands_it_over_with_the_mandate_the_card_shows()
    {
        AddTeamMember("29:1sander", "Sander Bakker", "7d1e0c55-0000-4000-8000-000000000013", "sander.bakker@politie.nl");
        AddTeamMember("29:1fatima", "Fatima El Amrani", "7d1e0c55-0000-4000-8000-000000000014", "f.elamrani@politie.nl");
        var chat = NewChat();
        await StartProjectAsync(chat, "Zwolle", "Holtenbroek");
        await Bot.PostActivityAsync(new TeamsActivity(Connector.ServiceUrl).ChannelMessage(TeamsActivity.NewChannelConversationId(), "koppel", from: chat.User));
        await chat.SayAsync("wijzig politie");
        await chat.ClickAsync("Verder", new Dictionary<string, string>
        {
            ["kies"] = "7d1e0c55-0000-4000-8000-000000000013", ["mandaat"] = "CanDecide", ["pv-naam"] = "Lotte de Boer", ["pv-email"] = "l.deboer@politie.nl",
        });

        await chat.SayAsync("wijzig politie");
        Assert.Contains("Wijzig de vertegenwoordiger van Politie: Sander Bakker", chat.LastText);
        var name = TeamsChat.Inputs(chat.LastCard!).Single(i => i["id"]!.GetValue<string>() == "naam");
        Assert.Null(name["value"]);
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["kies"] = "7d1e0c55-0000-4000-8000-000000000014" });

        Assert.Contains("De zetel namens Politie gaat van Sander Bakker naar Fatima El Amrani, met mandaat: Kan zelf beslissen; plaatsvervanger: Lotte de Boer. Klopt dat niet voor Fatima El Amrani? Typ wijzig politie.", chat.LastText);
        Assert.DoesNotContain("zijn bijgewerkt", chat.LastText);
        Assert.DoesNotContain("Fatima El Amrani: mandaat nog niet geregeld", chat.LastText);
        Assert.DoesNotContain("Fatima El Amrani: nog geen plaatsvervanger", chat.LastText);
        var member = Assert.Single((await OnlyProjectOfAsync(chat.User, "Zwolle")).Members);
        Assert.Equal(("Fatima El Amrani", Mandate.CanDecide, "Lotte de Boer"), (member.Person.DisplayName, member.Mandate, member.Substitute?.DisplayName));
    }

    private void AddTeamMember(string id, string name, string aadObjectId, string email) =>
        Connector.Members.Add(new JsonObject { ["id"] = id, ["name"] = name, ["aadObjectId"] = aadObjectId, ["email"] = email, ["userPrincipalName"] = email });

    private static async Task StartProjectAsync(TeamsChat chat, string gemeente, string gebied)
    {
        await chat.SayAsync("start");
        await chat.SayAsync(gemeente);
        await chat.SayAsync(gebied);
        await chat.ClickAsync("Ja, ingestemd en bijdrage toegezegd");
        Assert.Contains("Hoe staat het met de intentieverklaring?", chat.LastText);
    }

    private static Dictionary<string, string> Member(string name, string email, string mandate, string? substitute = null, string? substituteEmail = null, string? organisation = null)
    {
        var fields = new Dictionary<string, string> { ["naam"] = name, ["email"] = email, ["mandaat"] = mandate };
        if (substitute is not null)
        {
            fields["pv-naam"] = substitute;
            fields["pv-email"] = substituteEmail!;
        }

        if (organisation is not null)
        {
            fields["organisatie"] = organisation;
        }

        return fields;
    }
}
