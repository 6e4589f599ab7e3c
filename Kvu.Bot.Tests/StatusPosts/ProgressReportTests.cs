using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.StatusPosts;

/// <summary>
/// The weekly post and "samenvatting" are one progress report with different sections: what they share they read
/// from the same facts and show alike, and a section a feature registers appears in the reports it belongs to.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgressReportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string InspectionText = "Schouw van 12 maart: 3 aandachtspunten";
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new KvuBotApplication(azurite.ConnectionString, services: services => services.AddSingleton<IReportSection, InspectionSection>());
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_summary_and_the_weekly_post_list_the_same_open_decisions_with_the_same_people_still_to_respond()
    {
        var (w, chat) = await LinkedWerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", w.Project.Id));
        await AllRespondedAsync(w, GroupDecisionKind.Begrippenlijst);

        await chat.SayAsync("samenvatting");
        var summary = Assert.Single(w.SentInChannel().Last().Cards);
        var weekly = await WeeklyPostAsync(w);

        Assert.Contains("Voortgang KVU Zwolle", CardJson.AllText(summary));
        Assert.Contains("Weekstatus Zwolle", CardJson.AllText(weekly));
        var expected = new[]
        {
            ("Samenstelling van de werkgroep", "Fatima el Amrani, Henk Mulder"),
            ("Begrippenlijst", string.Empty), // everyone asked has responded; not closed yet
        };
        Assert.Equal(expected, Decisions(summary, w));
        Assert.Equal(expected, Decisions(weekly, w));
        Assert.Contains("Open besluiten (2)", CardJson.Texts(summary));
        Assert.Contains("Open besluiten (2)", CardJson.Texts(weekly));
    }

    [Fact]
    public async Task A_seat_that_changed_hands_since_the_last_click_is_reported_with_whoever_holds_it_now()
    {
        var (w, chat) = await LinkedWerkgroepAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", w.Project.Id));

        // Henk's seat goes to Ingrid; nobody clicks the card after that.
        await _bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.ReplaceRepresentative(p.Members.Single(m => m.Person.AadObjectId == w.Members[2].AadObjectId).Id,
                ApprovalExamples.Person(ApprovalExamples.NewUser("Ingrid Bakker")), ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start.AddDays(1)), default);

        await chat.SayAsync("samenvatting");
        var summary = Assert.Single(w.SentInChannel().Last().Cards);
        var weekly = await WeeklyPostAsync(w);

        // The composition changed, so Mark's approval is outdated and everyone is asked anew, Ingrid instead of Henk.
        foreach (var report in new[] { summary, weekly })
        {
            var line = Assert.Single(CardJson.Texts(report), t => t.StartsWith("• Samenstelling van de werkgroep", StringComparison.Ordinal));
            Assert.Contains("Mark Jansen, Fatima el Amrani, Ingrid Bakker", line);
            Assert.DoesNotContain("Henk Mulder", line);
        }
    }

    [Fact]
    public async Task A_section_a_feature_registers_appears_in_the_reports_it_belongs_to()
    {
        var (w, chat) = await LinkedWerkgroepAsync();

        await chat.SayAsync("samenvatting");
        var summary = CardJson.Texts(Assert.Single(w.SentInChannel().Last().Cards));
        var weekly = CardJson.Texts(await WeeklyPostAsync(w));

        Assert.Contains(InspectionText, summary);
        Assert.True(summary.ToList().IndexOf("Open punten") < summary.ToList().IndexOf(InspectionText), "by its order: after the open points");
        Assert.True(summary.ToList().IndexOf(InspectionText) < summary.ToList().FindIndex(t => t.StartsWith("Open besluiten", StringComparison.Ordinal)), "before the decisions");
        Assert.DoesNotContain(InspectionText, weekly);
        Assert.Contains(InspectionText, CardJson.Texts(chat.LastCard!)); // the asker sees the same card
    }

    private async Task<(ApprovalExamples Werkgroep, TeamsChat Chat)> LinkedWerkgroepAsync()
    {
        var w = await new ApprovalExamples(_bot, _connector).SeedAsync();
        return (w, await w.LinkChannelAsync());
    }

    /// <summary>The weekly post of the project now, as the scheduler (or the admin endpoint) delivers it.</summary>
    private async Task<JsonObject> WeeklyPostAsync(ApprovalExamples w)
    {
        var now = DateTimeOffset.UtcNow;
        var delivered = await _bot.Services.GetRequiredService<StatusDelivery>().DeliverAsync(w.Project.TenantId, w.Project.Id, now, now.AddDays(-7), tenant: null, CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, delivered.Outcome);
        return Assert.Single(w.SentInChannel().Last().Cards);
    }

    /// <summary>A decision put to one member, who agreed.</summary>
    /// <summary>A decision put to the werkgroep's seats as they are, to which every member asked has agreed.</summary>
    private async Task AllRespondedAsync(ApprovalExamples w, GroupDecisionKind kind)
    {
        var approvals = _bot.Services.GetRequiredService<ApprovalStore>();
        var project = await _bot.Services.GetRequiredService<ProjectStore>().GetAsync(w.Project.Key, CancellationToken.None);
        var decision = DecisionContent.NewDecision(project!, kind, ["Uitgaansgebied: de binnenstad binnen de grachten"], DecisionContent.Seats(project!), w.Projectleider.AadObjectId, DateTimeOffset.UtcNow);
        await approvals.UpdateDecisionAsync(w.Project.Key, kind, _ => decision, inLineWith: null, by: null, CancellationToken.None);
        foreach (var voter in decision.Voters)
        {
            await approvals.RecordAsync(w.Project.Id, new ApprovalResponse(decision.Id, 1, voter.AadObjectId, voter.DisplayName, ApprovalAnswer.Agree, null, DateTimeOffset.UtcNow), CancellationToken.None);
        }
    }

    /// <summary>Each open decision the card lists: its title and the members named as still to respond.</summary>
    private static IReadOnlyList<(string Title, string Pending)> Decisions(JsonObject card, ApprovalExamples w)
    {
        var texts = CardJson.Texts(card).ToList();
        var heading = texts.FindIndex(t => t.StartsWith("Open besluiten", StringComparison.Ordinal));
        Assert.True(heading >= 0, "no decisions section: " + string.Join(" | ", texts));
        return
        [
            .. texts.Skip(heading + 1).TakeWhile(t => t.StartsWith("• ", StringComparison.Ordinal)).Select(line => (
                line[2..line.IndexOf(':', StringComparison.Ordinal)].TrimStart('⏰', ' '),
                string.Join(", ", w.Members.Select(m => m.Name).Where(line.Contains)))),
        ];
    }

    /// <summary>What a feature might add to its summaries (e.g. the latest inspection of the area).</summary>
    private sealed class InspectionSection : IReportSection
    {
        public int Order => 320;

        public bool ShowsIn(ReportKind kind) => kind != ReportKind.Weekly;

        public IReadOnlyList<JsonObject> Build(ReportContext context) =>
            [new JsonObject { ["type"] = "TextBlock", ["text"] = InspectionText, ["wrap"] = true }];
    }
}
