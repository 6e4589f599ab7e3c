using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// The projectleider's journey through the endpoint as a person takes it: typing near-misses, stopping and starting
/// again anywhere, numbers read off the cards, old buttons, in Dutch and English.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class JourneyTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private TeamsChat NewChat(string locale = "nl-NL") =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString()));

    [Theory]
    [InlineData("nl-NL", "stauts", "Bedoel je `status`?")]
    [InlineData("nl-NL", "wijzg politie", "Bedoel je `wijzig politie`?")]
    [InlineData("nl-NL", "succesfactorn", "Bedoel je `succesfactoren`?")]
    [InlineData("en-US", "stauts", "Did you mean `status`?")]
    [InlineData("en-US", "taks", "Did you mean `tasks`?")]
    public async Task A_typed_near_miss_gets_the_command_it_was_probably_meant_to_be(string locale, string typed, string expected)
    {
        var chat = NewChat(locale);

        await chat.SayAsync(typed);

        Assert.Contains(expected, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "hoe laat begint de vergadering morgen", "Dat begrijp ik niet")]
    [InlineData("en-US", "what time is it", "I don't understand")]
    public async Task Something_unlike_any_command_is_not_guessed_at(string locale, string typed, string expected)
    {
        var chat = NewChat(locale);

        await chat.SayAsync(typed);

        Assert.Contains(expected, chat.LastText);
        Assert.DoesNotContain("`", chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "taken", "taak 3 afgerond", "3. Implementeren van het project", "Taak bijgewerkt", "Afgerond op")]
    [InlineData("en-US", "tasks", "task 3 done", "3. ", "Task updated", "Done on")]
    public async Task Tasks_are_numbered_on_the_card_so_the_number_can_be_typed(string locale, string list, string tick, string numbered, string updated, string doneOn)
    {
        var chat = NewChat(locale);
        await StartAsync(chat, "Heerde", "Centrum");
        await chat.SayAsync("stop");

        await chat.SayAsync(list);
        Assert.Contains(numbered, chat.LastText);
        Assert.Contains("8. ", chat.LastText);
        await chat.SayAsync(tick);

        Assert.Contains(updated, chat.LastText);
        var project = await OnlyProjectOfAsync(chat.User, "Heerde");
        Assert.True(project.Tasks[2].Done);
        Assert.Contains(doneOn, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "factor 2 in orde", "factor 3 niet in orde", "Succesfactor bijgewerkt")]
    [InlineData("en-US", "factor 2 met", "factor 3 not met", "Success factor updated")]
    public async Task A_success_factor_is_set_with_the_words_on_its_buttons(string locale, string met, string notMet, string updated)
    {
        var chat = NewChat(locale);
        await StartAsync(chat, "Olst", "Centrum");
        await chat.SayAsync("stop");

        await chat.SayAsync(met);
        Assert.Contains(updated, chat.LastText);
        await chat.SayAsync(notMet);

        var project = await OnlyProjectOfAsync(chat.User, "Olst");
        Assert.Equal(SuccessFactorStatus.Met, project.SuccessFactors[1].Status);
        Assert.Equal(SuccessFactorStatus.NotMet, project.SuccessFactors[2].Status);
    }

    [Theory]
    [InlineData("nl-NL", "Er staat nu geen vraag open", "hoort bij een eerdere vraag die al is afgesloten", "Typ help om te zien")]
    [InlineData("en-US", "No question is open right now", "belongs to an earlier question that has already been closed", "Type help to see")]
    public async Task Stop_and_old_buttons_after_the_questions_ended_get_a_short_answer_not_the_help(string locale, string nothingToStop, string stale, string notHelp)
    {
        var chat = NewChat(locale);
        await StartAsync(chat, "Raalte", "Centrum");
        var question = chat.LastCard!;
        await chat.SayAsync("stop");

        await chat.SayAsync("stop");
        Assert.Contains(nothingToStop, chat.LastText);

        await chat.SubmitAsync(new JsonObject { ["step"] = "gebied", ["answer"] = "Kerkplein" });
        Assert.Contains(stale, chat.LastText);
        Assert.DoesNotContain(notHelp, chat.LastText);
        Assert.Equal("Centrum", (await OnlyProjectOfAsync(chat.User, "Raalte")).Uitgaansgebied);
        Assert.NotNull(question);
    }

    [Theory]
    [InlineData("nl-NL", "geen vorige vraag om naar terug te gaan", "Hoe staat het met de intentieverklaring?", "Wordt opgesteld", "Kom je uit de gemeente")]
    [InlineData("en-US", "no previous question to go back to", "What is the status of the intentieverklaring", "Being drafted", "Do you work for the gemeente")]
    public async Task The_card_of_the_question_where_the_user_stopped_still_answers_it(string locale, string nothingBack, string asked, string button, string next)
    {
        var chat = NewChat(locale);
        await StartAsync(chat, "Hardenberg", "Centrum");
        var question = chat.LastCard!;
        await chat.SayAsync("stop");
        await chat.SayAsync("terug");
        Assert.Contains(nothingBack, chat.LastText);

        var click = TeamsChat.Actions(question).Single(a => a["title"]?.GetValue<string>() == button)["data"]!.DeepClone().AsObject();
        await chat.SubmitAsync(click);

        Assert.Contains(next, chat.LastText);
        Assert.Equal(IntentieverklaringStatus.BeingDrafted, (await OnlyProjectOfAsync(chat.User, "Hardenberg")).Intentieverklaring.Status);
        await chat.SayAsync("terug");
        Assert.Contains(asked, chat.LastText);
    }

    [Fact]
    public async Task Stop_after_picking_whom_to_change_is_understood()
    {
        var chat = NewChat();
        await StartAsync(chat, "Dalfsen", "Centrum");
        await chat.SayAsync("stop");
        await chat.SayAsync("wijzig politie");
        Assert.Contains("Politie", chat.LastText);

        await chat.SayAsync("stop");

        Assert.Contains("Gestopt", chat.LastText);
        await chat.SayAsync("stop");
        Assert.Contains("Er staat nu geen vraag open", chat.LastText);
    }

    /// <summary>
    /// The whole flow, with "stop" and "start" after every answer: each time the same question comes back, none is
    /// skipped, none is asked twice, and at the end the werkgroep is as entered.
    /// </summary>
    [Fact]
    public async Task Stop_and_start_at_every_question_come_back_to_that_question()
    {
        var chat = NewChat();
        var asked = new List<string>();

        async Task StopAndStartAsync(string question)
        {
            Assert.Contains(question, chat.LastText);
            asked.Add(question);
            await chat.SayAsync("stop");
            Assert.Contains("Gestopt", chat.LastText);
            await chat.SayAsync("start");
            Assert.Contains("We gaan verder waar je was gebleven", chat.LastText);
            Assert.Contains(question, chat.LastText);
            Assert.DoesNotContain("Alle vragen zijn beantwoord", chat.LastText);
        }

        await chat.SayAsync("start");
        await chat.SayAsync("Wijhe");
        await chat.SayAsync("Centrum");
        await StopAndStartAsync("Hebben de betrokken partijen ingestemd");
        await chat.ClickAsync("Ja, ingestemd en bijdrage toegezegd");
        await StopAndStartAsync("Hoe staat het met de intentieverklaring?");
        await chat.ClickAsync("Getekend");
        await StopAndStartAsync("Op welke datum is de intentieverklaring getekend?");
        await chat.SayAsync("01-10-2026");
        await StopAndStartAsync("Kom je uit de gemeente");
        await chat.SayAsync("1");
        await StopAndStartAsync("Wie wordt projectsecretaris?");
        await chat.SayAsync("Petra Mulder, p.mulder@wijhe.nl");
        await StopAndStartAsync("procesbegeleider");
        await chat.ClickAsync("Nee");
        await StopAndStartAsync("Politie: wie zit er namens deze partij in de werkgroep?");
        await chat.SayAsync("Mark Jansen, m.jansen@politie.nl");
        await StopAndStartAsync("Afdelingsbestuur KHN: wie zit er namens deze partij in de werkgroep?");
        await chat.SayAsync("Ingrid Jansen, ingrid@khn-wijhe.nl");
        await StopAndStartAsync("wie zit er namens deze partij in de werkgroep?");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["naam"] = "Ahmet Yilmaz", ["email"] = "ahmet@cafedewaag.nl", ["mandaat"] = "CanDecide", ["organisatie"] = "Café De Waag" });
        await StopAndStartAsync("Wil je nog een horeca");
        await chat.ClickAsync("Nee");
        await StopAndStartAsync("Regioadviseur KHN: wie zit er namens deze partij in de werkgroep?");
        await chat.ClickAsync("Later invullen");
        await StopAndStartAsync("Brandweer: wie zit er namens deze partij in de werkgroep?");
        await chat.ClickAsync("Later invullen");
        await StopAndStartAsync("Wil je nog een partij toevoegen?");
        await chat.ClickAsync("Nee, verder");
        await StopAndStartAsync("Welke horecastraten, -pleinen en publiekstrekkers heeft Centrum?");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["straten"] = "Langstraat" });
        await StopAndStartAsync("Wie van de horeca vertegenwoordigt welke plek?");
        var area = TeamsChat.Inputs(chat.LastCard!).Single()["id"]!.GetValue<string>();
        await chat.ClickAsync("Verder", new Dictionary<string, string> { [area] = "m3" });
        await StopAndStartAsync("Doen restaurants mee aan de KVU?");
        await chat.ClickAsync("Nee");
        await StopAndStartAsync("Zijn er in Centrum al andere overleggen over uitgaan");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["answer"] = "Horecaoverleg" });
        await StopAndStartAsync("Wat gebeurt er met deze overleggen?");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["overleg:Horecaoverleg"] = "FoldedIntoKvu" });

        Assert.Contains("De werkgroep is ingericht", chat.LastText);
        Assert.Equal(asked.Count, asked.Distinct().Count());
        var project = await OnlyProjectOfAsync(chat.User, "Wijhe");
        Assert.Equal(3, project.Members.Count);
        Assert.Single(project.ConsultationBodies);

        // Afterwards "start" goes to the first seat left for later, not to "everything answered".
        await chat.SayAsync("start");
        Assert.Contains("Regioadviseur KHN: wie zit er namens deze partij in de werkgroep?", chat.LastText);
        Assert.DoesNotContain("Alle vragen zijn beantwoord", chat.LastText);
    }

    [Fact]
    public async Task An_English_user_who_stops_at_a_late_question_comes_back_to_it()
    {
        var chat = NewChat("en-US");
        await chat.SayAsync("start");
        await chat.SayAsync("Deventer");
        await chat.SayAsync("De Brink");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        await chat.SayAsync("Later");
        await chat.SayAsync("Decide later");
        await chat.SayAsync("Tom Hendriks, t.hendriks@politie.nl");
        await chat.SayAsync("Jan Smit, jan@khn-deventer.nl");
        await chat.ClickAsync("Next", new Dictionary<string, string> { ["naam"] = "Kees Smit", ["email"] = "kees@cafe.nl", ["mandaat"] = "CanDecide", ["organisatie"] = "Café Kees" });
        await chat.SayAsync("2");
        await chat.SayAsync("Later");
        await chat.SayAsync("Later");
        await chat.SayAsync("No, continue");
        await chat.ClickAsync("Next", new Dictionary<string, string> { ["straten"] = "Brink" });
        var area = TeamsChat.Inputs(chat.LastCard!).Single()["id"]!.GetValue<string>();
        await chat.ClickAsync("Next", new Dictionary<string, string> { [area] = "m3" });
        Assert.Contains("Do restaurants take part in the KVU?", chat.LastText);
        await chat.SayAsync("2");
        var consultations = chat.LastText;

        await chat.SayAsync("stop");
        await chat.SayAsync("start");

        Assert.Contains("Let's carry on where you left off", chat.LastText);
        Assert.DoesNotContain("All questions have been answered", chat.LastText);
        Assert.Contains(consultations.Split('\n')[0], chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "Volledig overzicht", "Wat nu: regel eerst dit open punt: Er is nog geen projectleider", "KVU-fase", "Open punten (")]
    [InlineData("en-US", "Full overview", "Next: settle this open point first:", "KVU phase", "Open points (")]
    public async Task Status_shows_a_compact_overview_first_and_everything_one_click_away(string locale, string fullButton, string next, string phase, string fullHeading)
    {
        var chat = NewChat(locale);
        await StartAsync(chat, "Zwartsluis", "Centrum");
        await chat.SayAsync("stop");

        await chat.SayAsync("status");

        var card = chat.LastCard!;
        var shown = string.Join("\n", card["body"]!.AsArray().SelectMany(e => Texts(e)));
        Assert.Contains(phase, shown);
        Assert.Contains(next, shown);
        Assert.Equal(3, shown.Split('\n').Count(line => line.StartsWith("• ", StringComparison.Ordinal)));
        Assert.DoesNotContain(fullHeading, shown);
        var full = Assert.Single(card["actions"]!.AsArray(), a => (string?)a!["title"] == fullButton)!;
        Assert.Equal("Action.ShowCard", (string?)full["type"]);
        Assert.Contains(fullHeading, string.Join("\n", Texts(full)));
        Assert.True(card["actions"]!.AsArray().Count <= 2, "two buttons fit without being cut short");
    }

    [Theory]
    [InlineData("nl-NL", "Ja, ingestemd en bijdrage toegezegd", "✓ Beantwoord: Ja, ingestemd en bijdrage toegezegd", "Hebben de betrokken partijen ingestemd")]
    [InlineData("en-US", "Yes, agreed and contribution pledged", "✓ Answered: Yes, agreed and contribution pledged", "Have the parties involved agreed")]
    public async Task An_answered_question_card_is_updated_to_show_the_answer_instead_of_its_buttons(string locale, string button, string answered, string question)
    {
        var chat = NewChat(locale);
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Stadshagen");
        Assert.Contains(question, chat.LastText);

        await chat.ClickAsync(button, replyToId: "card-agreement");

        var update = Assert.Single(chat.Last, a => a.Method == "PUT");
        Assert.Equal("card-agreement", update.ReplyToId);
        var card = Assert.Single(update.Cards);
        Assert.Contains(question, update.VisibleText);
        Assert.Contains(answered, update.VisibleText);
        Assert.Null(card["actions"]);
        Assert.DoesNotContain("Input.", card.ToJsonString());
        Assert.Contains(chat.Last, a => a.Method == "POST" && a.Cards.Any());
    }

    [Fact]
    public async Task A_rejected_answer_leaves_the_card_to_be_answered_again()
    {
        var chat = NewChat();
        await StartAsync(chat, "Hattem", "Centrum");
        await chat.ClickAsync("Getekend");

        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["answer"] = "2099-01-01" }, replyToId: "card-date");

        Assert.DoesNotContain(chat.Last, a => a.Method == "PUT");
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] is "TextBlock" or "TextRun" => [(string?)o["text"] ?? string.Empty],
        JsonObject o when o["title"] is JsonValue && o["value"] is JsonValue && o["type"] is null => [$"{o["title"]} {o["value"]}"],
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    private static async Task StartAsync(TeamsChat chat, string gemeente, string gebied)
    {
        await chat.SayAsync("start");
        await chat.SayAsync(gemeente);
        await chat.SayAsync(gebied);
        await chat.SayAsync("1");
    }
}
