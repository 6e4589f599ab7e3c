using System.Globalization;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Meetings;

[Collection(AzuriteCollection.Name)]
public sealed class SummaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeBotConnector connector = null!;
    private KvuBotApplication bot = null!;

    private static readonly ScheduledMeeting Next = new("AAMk=", "m.jansen@zwolle.nl", "Overleg KVU-werkgroep Zwolle",
        DateTimeOffset.Parse("2026-10-26T11:00:00+01:00"), DateTimeOffset.Parse("2026-10-26T12:00:00+01:00"), "https://teams.microsoft.com/l/meetup-join/x");

    public async Task InitializeAsync()
    {
        connector = await FakeBotConnector.StartAsync();
        bot = new KvuBotApplication(azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private static string Texts(System.Text.Json.Nodes.JsonObject card) => card.ToJsonString(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    [Fact]
    public async Task The_summary_card_is_valid_in_both_languages_and_shows_the_next_meeting_with_its_join_link()
    {
        var project = FormationExamples.Zwolle();
        var nl = SummaryCard.Build(project, Next, CultureInfo.GetCultureInfo("nl-NL"));
        var en = SummaryCard.Build(project, null, CultureInfo.GetCultureInfo("en-GB"));

        Assert.All(await AdaptiveCardValidator.ValidateAsync([nl, en]), Assert.Empty);
        Assert.Contains("Voortgang KVU Zwolle", Texts(nl));
        Assert.Contains("Wim Hendriks", Texts(nl));
        Assert.Contains("Overleg KVU-werkgroep Zwolle: maandag 26 oktober 2026 11:00–12:00 (CET)", Texts(nl));
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/x", (string)nl["actions"]![0]!["url"]!);
        Assert.Contains("None planned", Texts(en));
        Assert.True(Texts(nl).Length < 28_000, "Teams refuses messages over 28 KB");
    }

    [Fact]
    public async Task The_bot_posts_the_summary_in_the_linked_werkgroep_channel()
    {
        var channel = TeamsActivity.NewChannelConversationId();
        var project = FormationExamples.Zwolle();
        project.LinkChannel(channel, "19:team@thread.tacv2", "Werkgroep KVU", "KVU Zwolle", FormationExamples.Marieke, FormationExamples.Day(10));
        await bot.Services.GetRequiredService<ConversationStore>().SaveAsync(new ConversationAddress(
            project.TenantId, channel, ConversationKind.Channel, connector.ServiceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName,
            "19:team@thread.tacv2", "Werkgroep KVU", "KVU Zwolle", DateTimeOffset.UtcNow), CancellationToken.None);

        var posted = await bot.Services.GetRequiredService<IProgressPoster>()
            .PostAsync(project, SummaryCard.Build(project, Next, CultureInfo.GetCultureInfo("nl-NL")), null, CancellationToken.None);

        Assert.Equal(ProgressPostOutcome.ByBot, posted);
        var sent = Assert.Single(connector.SentTo(channel));
        Assert.Contains("Voortgang KVU Zwolle", Texts(Assert.Single(sent.Cards)));
    }

    [Fact]
    public async Task Without_a_linked_channel_nothing_is_posted_and_the_caller_is_told()
    {
        var posted = await bot.Services.GetRequiredService<IProgressPoster>()
            .PostAsync(FormationExamples.Zwolle(), SummaryCard.Build(FormationExamples.Zwolle(), null, CultureInfo.GetCultureInfo("nl-NL")), null, CancellationToken.None);

        Assert.Equal(ProgressPostOutcome.NotPosted, posted);
    }

    [Fact]
    public async Task The_summary_lists_open_group_decisions_with_who_still_has_to_respond()
    {
        var w = await new ApprovalExamples(bot, connector).SeedAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", w.Project.Id));
        var chat = new TeamsChat(bot, connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await chat.SayAsync("wissel 1");

        await chat.SayAsync("samenvatting");

        var card = chat.LastCard!;
        var text = Texts(card);
        Assert.Contains("Open besluiten (1)", text);
        Assert.Contains("Samenstelling van de werkgroep: nog te reageren: Fatima el Amrani, Henk Mulder", text);
        Assert.DoesNotContain("Mark Jansen, ", text.Split("Open besluiten")[1]);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));

        var english = await bot.Services.GetRequiredService<ProgressSummaries>().BuildAsync(
            (await bot.Services.GetRequiredService<ProjectStore>().GetAsync(w.Project.TenantId, w.Project.Id, CancellationToken.None))!,
            DateTimeOffset.UtcNow, after: null, CultureInfo.GetCultureInfo("en-GB"), CancellationToken.None);
        Assert.Contains("Open decisions (1)", Texts(english));
        Assert.Contains("still to respond: Fatima el Amrani, Henk Mulder", Texts(english));
    }

    [Theory]
    [InlineData("nl-NL", "Open punten ({0})", "… en nog {0}; typ status", "Succesfactoren: 0 van 10 in orde", "• Beslissingsbevoegdheid: open")]
    [InlineData("en-US", "Open points ({0})", "… and {0} more; type status", "Success factors: 0 of 10 met", "• Decision authority: open")]
    public async Task The_summary_counts_what_it_lists_and_breaks_no_word(string locale, string heading, string more, string factors, string factorLine)
    {
        var w = await new ApprovalExamples(bot, connector).SeedAsync(memberCount: 12);
        var chat = new TeamsChat(bot, connector, TeamsActivity.NewPersonalConversationId(), locale, w.Projectleider);
        await chat.SayAsync("wissel 1");

        await chat.SayAsync("samenvatting");

        var card = chat.LastCard!;
        var lines = chat.LastText.Split('\n').ToList();
        var points = FormationChecks.Evaluate((await bot.Services.GetRequiredService<ProjectStore>().GetAsync(w.Project.TenantId, w.Project.Id, CancellationToken.None))!).Count;
        Assert.True(points > SummaryCard.MaxOpenPoints, $"{points} open points");
        var start = lines.IndexOf(string.Format(CultureInfo.InvariantCulture, heading, points));
        Assert.True(start >= 0, chat.LastText);
        Assert.Equal(SummaryCard.MaxOpenPoints, lines.Skip(start + 1).TakeWhile(l => l.StartsWith("• ", StringComparison.Ordinal)).Count());
        Assert.StartsWith(string.Format(CultureInfo.InvariantCulture, more, points - SummaryCard.MaxOpenPoints), lines[start + 1 + SummaryCard.MaxOpenPoints]);
        Assert.Contains(factors, lines);
        Assert.Contains(factorLine, lines);

        // A FactSet's narrow title column is where words were broken in the middle.
        Assert.DoesNotContain("\"FactSet\"", card.ToJsonString());
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));
    }
}
