using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// Dutch as a Dutch civil servant writes it (and its English counterpart), and never a raw id, as a projectleider
/// reads it through the endpoint.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WordingTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private TeamsChat NewChat(string locale) =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString()));

    [Theory]
    [InlineData("nl-NL", "Meestal komt de projectleider uit de gemeente.", " hij ", "Ahmet Yilmaz is toegevoegd als lid namens Café De Waag.", "Wil je nog een horecaondernemer toevoegen?", "Overslaan", "Klik op een lid", "Nee, verder")]
    [InlineData("en-US", "usually from the gemeente", " he ", "Ahmet Yilmaz has been added as a member for Café De Waag.", "Do you want to add another horeca owner?", "Skip", "Click a member", "No, continue")]
    public async Task The_questions_read_as_written_by_a_person(string locale, string origin, string gendered, string added, string moreHoreca, string skip, string click, string noMoreParties)
    {
        var chat = NewChat(locale);
        await chat.SayAsync("start");
        await chat.SayAsync("Kampen");
        await chat.SayAsync("Centrum");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        Assert.Contains(origin, chat.LastText);
        Assert.DoesNotContain(gendered, chat.LastText);
        await chat.SayAsync("1");
        await chat.SayAsync("Later");
        await chat.SayAsync("2");
        await chat.SayAsync("Tom Hendriks, t.hendriks@politie.nl");
        Assert.DoesNotContain("als Politie", chat.LastText);
        await chat.SayAsync("Jan Smit, jan@khn-kampen.nl");
        await chat.ClickAsync(chat.LastCard!["actions"]![0]!["title"]!.GetValue<string>(),
            new Dictionary<string, string> { ["naam"] = "Ahmet Yilmaz", ["email"] = "ahmet@cafedewaag.nl", ["mandaat"] = "CanDecide", ["organisatie"] = "Café De Waag" });
        Assert.Contains(added, chat.LastText);
        Assert.Contains(moreHoreca, chat.LastText);

        await chat.SayAsync("2");
        await chat.SayAsync("Later");
        await chat.SayAsync("Later");
        await chat.SayAsync(noMoreParties);
        Assert.Contains(skip, chat.LastCard!.ToJsonString());
        Assert.DoesNotContain("Sla over", chat.LastCard!.ToJsonString());

        await chat.SayAsync("status");
        Assert.Contains(click, chat.LastText);
        Assert.DoesNotContain("Tik op", chat.LastText);
        Assert.DoesNotContain("Tap", chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL", "in kanaal Algemeen (team Werkgroep KVU)")]
    [InlineData("en-US", "in channel General (team Werkgroep KVU)")]
    public async Task A_linked_general_channel_is_named_not_shown_as_its_id(string locale, string named)
    {
        var chat = NewChat(locale);
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Diezerpoort");
        await chat.SayAsync("stop");

        // Teams sends no name for a team's General channel.
        var channel = TeamsActivity.NewChannelConversationId();
        var message = new TeamsActivity(Connector.ServiceUrl).ChannelMessage(channel, "koppel", locale, from: chat.User);
        message["channelData"]!["channel"]!.AsObject().Remove("name");
        (await Bot.PostActivityAsync(message)).EnsureSuccessStatusCode();

        await chat.SayAsync("weekstatus");

        Assert.Contains(named, chat.LastText);
        Assert.DoesNotContain("@thread", chat.LastText);
        Assert.DoesNotContain("19:", chat.LastText);
    }
}
