using System.Globalization;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Formation.Cards;
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

    /// <summary>The summary card of <paramref name="project"/> as "samenvatting" builds it, with <paramref name="next"/> as its next meeting.</summary>
    private System.Text.Json.Nodes.JsonObject SummaryCard(KvuProject project, ScheduledMeeting? next, CultureInfo culture) => ReportCard.Build(
        new ReportContext(project, ReportKind.Summary, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, culture) { FeatureFacts = [new MeetingFacts(null, [], next)] },
        bot.Services.GetServices<IReportSection>());

    private static string Texts(System.Text.Json.Nodes.JsonObject card) => card.ToJsonString(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    [Fact]
    public async Task The_summary_lists_the_werkgroep_as_it_is_approved_and_counts_only_the_success_factors_that_apply()
    {
        // The walk in the Playground: the samenvatting left out the projectleider's gemeente seat and the secretaris,
        // and counted the restaurants' own representative as open where no restaurants take part.
        var w = await new ApprovalExamples(bot, connector).SeedAsync(memberCount: 2, projectleiderFromGemeente: true);
        var anna = ApprovalExamples.Person(w.Projectleider);
        await bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(w.Project.Key, p =>
        {
            p.AppointSecretaris(new PersonRef("Jeroen Visser", null, "j.visser@zwolle.nl"), anna, ApprovalExamples.Start);
            p.SetRestaurantsTakePart(false, anna, ApprovalExamples.Start);
        }, CancellationToken.None);
        var chat = new TeamsChat(bot, connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await chat.SayAsync("wissel 1");

        await chat.SayAsync("samenvatting");

        var lines = chat.LastText.Split('\n').ToList();
        var seats = lines.Skip(lines.IndexOf("Samenstelling") + 1).TakeWhile(l => l.StartsWith("• ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["• Gemeente: Anna de Vries (Gemeente Zwolle)", "• Politie: Mark Jansen (Politie)", "• Afdelingsbestuur KHN: Fatima el Amrani (Koninklijke Horeca Nederland)",
                "• Projectsecretaris: Jeroen Visser", "• Horecaondernemer: nog open", "• Regioadviseur KHN: nog open", "• Brandweer: nog open"],
            seats);
        Assert.Contains("Succesfactoren: 0 van 9 in orde", lines);
        Assert.DoesNotContain("Eigen vertegenwoordiger restaurants", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_card_is_valid_in_both_languages_and_shows_the_next_meeting_with_its_join_link()
    {
        var project = FormationExamples.Zwolle();
        var nl = SummaryCard(project, Next, CultureInfo.GetCultureInfo("nl-NL"));
        var en = SummaryCard(project, null, CultureInfo.GetCultureInfo("en-GB"));

        Assert.All(await AdaptiveCardValidator.ValidateAsync([nl, en]), Assert.Empty);
        Assert.Contains("Voortgang KVU Zwolle", Texts(nl));
        Assert.Contains("Wim Hendriks", Texts(nl));
        Assert.Contains("Overleg KVU-werkgroep Zwolle: maandag 26 oktober 2026 11:00–12:00 (Nederlandse tijd)", Texts(nl));
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/x", (string)Assert.Single(CardJson.Objects(nl), o => (string?)o["type"] == "Action.OpenUrl")["url"]!);
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

        var posted = await bot.Services.GetRequiredService<IReportPoster>()
            .PostAsync(project, SummaryCard(project, Next, CultureInfo.GetCultureInfo("nl-NL")), null, null, CancellationToken.None);

        Assert.True(posted.Posted);
        Assert.Equal(ReportAuthor.Bot, posted.Author);
        var sent = Assert.Single(connector.SentTo(channel));
        Assert.Contains("Voortgang KVU Zwolle", Texts(Assert.Single(sent.Cards)));
    }

    [Fact]
    public async Task Without_a_linked_channel_nothing_is_posted_and_the_caller_is_told()
    {
        var posted = await bot.Services.GetRequiredService<IReportPoster>()
            .PostAsync(FormationExamples.Zwolle(), SummaryCard(FormationExamples.Zwolle(), null, CultureInfo.GetCultureInfo("nl-NL")), null, null, CancellationToken.None);

        Assert.False(posted.Posted);
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

        var stored = (await bot.Services.GetRequiredService<ProjectStore>().GetAsync(w.Project.Key, CancellationToken.None))!;
        var english = await bot.Services.GetRequiredService<ReportBuilder>().BuildAsync(
            new ReportContext(stored, ReportKind.Summary, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, CultureInfo.GetCultureInfo("en-GB")), null, CancellationToken.None);
        Assert.Contains("Open decisions (1)", Texts(english));
        Assert.Contains("still to respond: Fatima el Amrani, Henk Mulder", Texts(english));
    }

    [Theory]
    [InlineData("nl-NL", "Open punten", "en nog {0} punt(en): typ status", "Samenstelling")]
    [InlineData("en-US", "Open points", "and {0} more: type status", "Composition")]
    public async Task The_summary_counts_what_it_lists_and_breaks_no_word(string locale, string heading, string more, string composition)
    {
        var w = await new ApprovalExamples(bot, connector).SeedAsync(memberCount: 12);
        var chat = new TeamsChat(bot, connector, TeamsActivity.NewPersonalConversationId(), locale, w.Projectleider);
        await chat.SayAsync("wissel 1");

        await chat.SayAsync("samenvatting");

        var card = chat.LastCard!;
        var lines = chat.LastText.Split('\n').ToList();
        var points = FormationChecks.Evaluate((await bot.Services.GetRequiredService<ProjectStore>().GetAsync(w.Project.Key, CancellationToken.None))!).Count;
        Assert.True(points > OpenPointsSection.MaxPoints, $"{points} open points");
        var start = lines.IndexOf(heading);
        Assert.True(start >= 0, chat.LastText);
        Assert.Equal(OpenPointsSection.MaxPoints, lines.Skip(start + 1).TakeWhile(l => l.StartsWith("• ", StringComparison.Ordinal)).Count());
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, more, points - OpenPointsSection.MaxPoints), lines[start + 1 + OpenPointsSection.MaxPoints]);

        // Every seat on a line of its own (a FactSet's narrow title column broke long role names mid-word): the 12 members,
        // and the seats still open: the gemeente's (a technisch voorzitter holds none) and the regioadviseur's.
        var seats = lines.Skip(lines.IndexOf(composition) + 1).TakeWhile(l => l.StartsWith("• ", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, seats.Count);
        Assert.All(w.Members, m => Assert.Single(seats, l => l.Contains(m.Name + " (", StringComparison.Ordinal)));
        Assert.DoesNotContain("\"FactSet\"", card.ToJsonString());
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));
    }
}
