using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Cycle;

/// <summary>The phase in the progress reports: the samenvatting and the weekly post show it with its checklist progress and history.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PhaseReportTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    [Fact]
    public async Task The_summary_and_the_weekly_post_show_the_phase_its_progress_and_the_decision_that_brought_it()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var chat = await w.LinkChannelAsync();

        await w.SayInChannelAsync("volgende fase");
        await chat.SayAsync("samenvatting");
        var before = CardJson.Texts(Assert.Single(w.SentInChannel().Last().Cards)).ToList();
        Assert.Contains("Fase: Initiatief · 0 van 3 punten klaar", before);
        Assert.Contains(before, t => t.Contains("Naar de volgende fase", StringComparison.Ordinal)); // the open decision, with who still has to respond

        foreach (var member in w.Members)
        {
            await w.InvokeAsync(member, ApprovalVerbs.Agree, ApprovalExamples.Data("fase", w.Project.Id));
        }

        await chat.SayAsync("samenvatting");
        var summary = CardJson.Texts(Assert.Single(w.SentInChannel().Last().Cards)).ToList();
        Assert.Contains("Fase: Veiligheidsanalyse · 0 van 10 punten klaar", summary);
        Assert.Contains(summary, t => t.StartsWith("Veiligheidsanalyse (ronde 1):", StringComparison.Ordinal) && t.EndsWith("besluit fase v1", StringComparison.Ordinal));
        Assert.Contains(summary, t => t.StartsWith("Nog open: Gebied beschreven met kengetallen, Bron ontvangen: Politiecijfers", StringComparison.Ordinal));
        Assert.True(summary.IndexOf("Fase: Veiligheidsanalyse · 0 van 10 punten klaar") < summary.FindIndex(t => t.StartsWith("Open punten", StringComparison.Ordinal)), "the phase comes first");

        var now = DateTimeOffset.UtcNow;
        var delivered = await Bot.Services.GetRequiredService<StatusDelivery>().DeliverAsync(w.Project.TenantId, w.Project.Id, now, now.AddDays(-7), tenant: null, CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, delivered.Outcome);
        var weekly = CardJson.Texts(Assert.Single(w.SentInChannel().Last().Cards)).ToList();
        Assert.Contains("Fase: Veiligheidsanalyse · 0 van 10 punten klaar", weekly);
        Assert.Contains("• nieuwe fase: Veiligheidsanalyse", weekly);
        Assert.All(await AdaptiveCardValidator.ValidateAsync([w.SentInChannel().Last().Cards.Single()]), p => Assert.Empty(p));
    }
}
