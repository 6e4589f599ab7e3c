using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// Entering a person never loses input: a refused field is named and the card comes back with everything else
/// still filled in; typing a member whose seat needs an organisation asks for it once and takes the answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PersonInputTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private TeamsChat NewChat(string locale) =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString()));

    /// <summary>From "start" to the politie's card, answering everything else with "later" or the first choice.</summary>
    private static async Task ToPolitieCardAsync(TeamsChat chat)
    {
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        await chat.SayAsync("later");
        await chat.SayAsync("later");
    }

    private static Dictionary<string, string?> Values(TeamsChat chat) =>
        TeamsChat.Inputs(chat.LastCard).ToDictionary(i => i["id"]!.GetValue<string>(), i => i["value"]?.ToString());

    [Theory]
    [InlineData("nl-NL", "E-mailadres: „m.jansen@politie” is geen geldig e-mailadres", "Politie: wie zit er namens deze partij", "Verder")]
    [InlineData("en-US", "E-mail address: “m.jansen@politie” is not a valid e-mail address", "Police: who sits in the werkgroep for this party?", "Next")]
    public async Task A_wrong_email_is_named_and_every_other_value_stays_on_the_card(string locale, string problem, string question, string next)
    {
        var chat = NewChat(locale);
        await ToPolitieCardAsync(chat);
        Assert.Contains(question, chat.LastText);

        await chat.ClickAsync(next, new Dictionary<string, string>
        {
            ["naam"] = "Mark Jansen", ["email"] = "m.jansen@politie", ["organisatie"] = "Politie Oost-Nederland",
            ["mandaat"] = "CanDecide", ["pv-naam"] = "Lotte de Boer", ["pv-email"] = "l.deboer@politie.nl",
        });

        Assert.Contains(problem, chat.LastText);
        Assert.Contains(question, chat.LastText);
        var kept = Values(chat);
        Assert.Equal("Mark Jansen", kept["naam"]);
        Assert.Equal("m.jansen@politie", kept["email"]);
        Assert.Equal("Politie Oost-Nederland", kept["organisatie"]);
        Assert.Equal("CanDecide", kept["mandaat"]);
        Assert.Equal("Lotte de Boer", kept["pv-naam"]);
        Assert.Equal("l.deboer@politie.nl", kept["pv-email"]);

        await chat.ClickAsync(next, new Dictionary<string, string> { ["email"] = "m.jansen@politie.nl" });
        Assert.Contains("Mark Jansen", chat.LastText);
        Assert.DoesNotContain(problem, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "Plaatsvervanger (e-mailadres): „lotte@” is geen geldig e-mailadres", "Verder")]
    [InlineData("en-US", "Substitute (e-mail address): “lotte@” is not a valid e-mail address", "Next")]
    public async Task A_wrong_substitute_email_is_named_as_the_substitutes(string locale, string problem, string next)
    {
        var chat = NewChat(locale);
        await ToPolitieCardAsync(chat);

        await chat.ClickAsync(next, new Dictionary<string, string>
        {
            ["naam"] = "Mark Jansen", ["email"] = "m.jansen@politie.nl", ["mandaat"] = "CanDecide", ["pv-naam"] = "Lotte de Boer", ["pv-email"] = "lotte@",
        });

        Assert.Contains(problem, chat.LastText);
        Assert.Equal("Mark Jansen", Values(chat)["naam"]);
        Assert.Equal("m.jansen@politie.nl", Values(chat)["email"]);
    }

    [Theory]
    [InlineData("nl-NL", "Welke organisatie is het?", "Café Boulevard", "Lisa Berg is toegevoegd als lid namens Café Boulevard")]
    [InlineData("en-US", "organisation", "Café Boulevard", "Lisa Berg has been added as")]
    public async Task Typing_a_horeca_owner_asks_for_the_organisation_once_and_takes_the_answer(string locale, string asked, string organisation, string added)
    {
        var chat = NewChat(locale);
        await ToPolitieCardAsync(chat);
        await chat.SayAsync("later");
        await chat.SayAsync("later");

        await chat.SayAsync("Lisa Berg, lisa@cafeboulevard.nl");
        Assert.Contains(asked, chat.LastText);
        await chat.SayAsync(organisation);

        Assert.Contains(added, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "„m.jansen@politie” is geen geldig e-mailadres")]
    [InlineData("en-US", "“m.jansen@politie” is not a valid e-mail address")]
    public async Task A_typed_member_with_a_wrong_email_hears_which_part_is_wrong(string locale, string problem)
    {
        var chat = NewChat(locale);
        await ToPolitieCardAsync(chat);

        await chat.SayAsync("Mark Jansen, m.jansen@politie");

        Assert.Contains(problem, chat.LastText);
    }
}
