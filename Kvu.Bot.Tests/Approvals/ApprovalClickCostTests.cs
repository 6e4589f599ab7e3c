using Kvu.Bot.Formation;
using Azure.Data.Tables;
using Kvu.Bot.Approvals;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// An approval click costs two Table requests: one query of the project's Approvals partition (decision, responses,
/// werkgroep stamp, the clicker's salt) and one transaction (her response with its audit row). Only the first click
/// after the werkgroep changed reads the project and who manages it; a save that died halfway makes clicks read the
/// project until its mark expires, never go by a stale werkgroep. Counted in the Table client's pipeline, through
/// /api/messages, on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApprovalClickCostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Samenstelling = "samenstelling";

    private readonly TableRequestCounter _counter = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new KvuBotApplication(azurite.ConnectionString, services: services =>
        {
            services.AddSingleton(new TablePipelinePolicy(_counter));
            services.AddSingleton<TimeProvider>(_clock);
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task An_approval_click_costs_one_query_and_one_transaction()
    {
        var w = await new ApprovalExamples(_bot, _connector).SeedAsync(3);
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)); // Teams shows the card

        var agreed = await CountAsync(() => w.InvokeAsync(w.Members[1], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        var objected = await CountAsync(() => w.InvokeAsync(w.Members[1], ApprovalVerbs.Object, ApprovalExamples.Data(Samenstelling, w.Project.Id, comment: "De brandweer ontbreekt")));
        var refreshed = await CountAsync(() => w.InvokeAsync(w.Members[2], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)));

        Assert.Contains("Je bent akkoord met versie 1.", ApprovalExamples.Read(agreed.Card));
        Assert.Equal(new Dictionary<string, long> { ["GET Approvals query"] = 1, ["POST $batch"] = 1 }, agreed.Requests);
        Assert.Contains("Je hebt bezwaar gemaakt tegen versie 1: De brandweer ontbreekt", ApprovalExamples.Read(objected.Card));
        Assert.Equal(new Dictionary<string, long> { ["GET Approvals query"] = 1, ["POST $batch"] = 1 }, objected.Requests);
        Assert.Contains("Versie 1 · 0 van 3 akkoord · 1 bezwaar", ApprovalExamples.Read(refreshed.Card));
        Assert.Equal(new Dictionary<string, long> { ["GET Approvals query"] = 1 }, refreshed.Requests);
    }

    [Fact]
    public async Task After_the_werkgroep_changed_only_the_first_click_reads_the_project()
    {
        var w = await new ApprovalExamples(_bot, _connector).SeedAsync(3);
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        await ReplaceHenkByIngridAsync(w, _bot.Services.GetRequiredService<ProjectStore>());

        var first = await CountAsync(() => w.InvokeAsync(w.Members[1], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 2)));
        var second = await CountAsync(() => w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 2)));

        Assert.Contains("Versie 2 · 1 van 3 akkoord", ApprovalExamples.Read(first.Card));
        Assert.Contains("Ingrid Bakker", ApprovalExamples.Read(first.Card));
        Assert.Equal(1, first.Requests.GetValueOrDefault("GET Projects"));
        Assert.Contains("Versie 2 · 2 van 3 akkoord", ApprovalExamples.Read(second.Card));
        Assert.Equal(new Dictionary<string, long> { ["GET Approvals query"] = 1, ["POST $batch"] = 1 }, second.Requests);
    }

    [Fact]
    public async Task A_projectsecretaris_granted_after_the_card_was_shown_manages_it_at_once()
    {
        var w = await new ApprovalExamples(_bot, _connector).SeedAsync(3);
        await w.SayInChannelAsync("voorleggen samenstelling");
        var before = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.DoesNotContain("Sluiten", ApprovalExamples.Buttons(before));

        await _bot.Services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TeamsActivity.TenantId, w.Members[0].AadObjectId, w.Project.Id, "Zwolle", "Binnenstad", ProjectAccessRole.Secretaris, ApprovalExamples.Start), default);

        var after = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Sluiten", ApprovalExamples.Buttons(after));
        var closed = await w.InvokeAsync(w.Members[0], ApprovalVerbs.Close, ApprovalExamples.Data(Samenstelling, w.Project.Id));
        Assert.Contains("Gesloten: reageren kan niet meer.", ApprovalExamples.Read(closed));
    }

    [Fact]
    public async Task A_save_that_died_halfway_makes_clicks_read_the_project_until_its_mark_expires()
    {
        var w = await new ApprovalExamples(_bot, _connector).SeedAsync(3);
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id));

        // The save marks the stamp, writes the project and dies before it clears the mark.
        await _bot.Services.GetRequiredService<ApprovalStore>().MarkStampChangingAsync(w.Project.Id, _clock.GetUtcNow(), default);
        await ReplaceHenkByIngridAsync(w, new ProjectStore(_bot.Services.GetRequiredService<TableServiceClient>()));

        var marked = await CountAsync(() => w.InvokeAsync(w.Members[0], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 2)));
        Assert.Contains("Je bent akkoord met versie 2.", ApprovalExamples.Read(marked.Card));
        Assert.Contains("Ingrid Bakker", ApprovalExamples.Read(marked.Card));
        Assert.Equal(1, marked.Requests.GetValueOrDefault("GET Projects"));
        var stillMarked = await CountAsync(() => w.InvokeAsync(w.Members[1], ApprovalVerbs.Agree, ApprovalExamples.Data(Samenstelling, w.Project.Id, version: 2)));
        Assert.Equal(1, stillMarked.Requests.GetValueOrDefault("GET Projects"));

        _clock.Advance(WerkgroepAlignment.ChangeLease);
        var rebuilt = await CountAsync(() => w.InvokeAsync(w.Members[1], ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        Assert.Equal(1, rebuilt.Requests.GetValueOrDefault("GET Projects"));
        var fast = await CountAsync(() => w.InvokeAsync(w.Projectleider, ApprovalVerbs.Refresh, ApprovalExamples.Data(Samenstelling, w.Project.Id)));
        Assert.Contains("Versie 2 · 2 van 3 akkoord", ApprovalExamples.Read(fast.Card));
        Assert.Contains("Sluiten", ApprovalExamples.Buttons(fast.Card));
        Assert.Equal(new Dictionary<string, long> { ["GET Approvals query"] = 1 }, fast.Requests);
    }

    private static Task ReplaceHenkByIngridAsync(ApprovalExamples w, ProjectStore projects) =>
        projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => p.ReplaceRepresentative(
            p.Members[2].Id, ApprovalExamples.Person(ApprovalExamples.NewUser("Ingrid Bakker")), ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start.AddDays(1)), default);

    private async Task<(System.Text.Json.Nodes.JsonObject Card, IReadOnlyDictionary<string, long> Requests)> CountAsync(Func<Task<System.Text.Json.Nodes.JsonObject>> click)
    {
        _clock.Advance(TimeSpan.FromSeconds(1)); // the fake clock stands still: each answer gets a moment of its own
        _counter.Reset();
        var card = await click();
        return (card, _counter.ByKind);
    }
}
