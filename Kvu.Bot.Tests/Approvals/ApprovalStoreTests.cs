using Azure.Data.Tables;
using Kvu.Bot.Formation;
using Kvu.Bot.Approvals;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>
/// A card click answers from one reading of the decision and its responses and writes on the strength of it; a
/// reading that someone overtook in the meantime must never make a response disappear.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApprovalStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Tenant = "tenant-zwolle";
    private const string Decision = "samenstelling";
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private ServiceProvider _services = null!;
    private ApprovalStore _store = null!;

    public async Task InitializeAsync()
    {
        _services = await StorageServices.StartAsync(azurite.ConnectionString);
        _store = new ApprovalStore(_services.GetRequiredService<TableServiceClient>());
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task One_reading_holds_the_decision_and_every_current_response_and_only_in_its_own_tenant()
    {
        var project = await SeedAsync();
        await _store.RecordAsync(project, Agree("aad-mark", Monday), default);
        await _store.RecordAsync(project, Agree("aad-fatima", Monday.AddMinutes(1)), default);

        var reading = await _store.ReadAsync(new ProjectKey(Tenant, project), Decision, default);

        Assert.Equal(2, reading?.Decision.Voters.Count);
        Assert.Equal(["aad-fatima", "aad-mark"], reading?.Responses.Select(r => r.AadObjectId).Order());
        Assert.Null(await _store.ReadAsync(new ProjectKey("tenant-other", project), Decision, default));
        Assert.Null(await _store.ReadAsync(new ProjectKey(Tenant, project), "begrippenlijst", default));
    }

    [Fact]
    public async Task A_member_who_changes_her_answer_through_an_overtaken_reading_keeps_both_answers_in_the_trail()
    {
        var project = await SeedAsync();
        var reading = await _store.ReadAsync(new ProjectKey(Tenant, project), Decision, default);

        // Her first click is written after the second click read (it saw no answer of hers yet).
        Assert.True(await _store.RecordAsync(project, Agree("aad-mark", Monday), default));
        var objection = Agree("aad-mark", Monday.AddSeconds(1)) with { Answer = ApprovalAnswer.Object, Comment = "De brandweer ontbreekt" };
        Assert.True(await _store.RecordAsync(reading!, objection, default));

        var current = Assert.Single(await _store.ListResponsesAsync(project, Decision, default));
        Assert.Equal((ApprovalAnswer.Object, "De brandweer ontbreekt"), (current.Answer, current.Comment));
        Assert.Equal([ApprovalAnswer.Agree, ApprovalAnswer.Object], (await _store.ListAuditAsync(project, Decision, default)).Select(e => e.Answer));
    }

    [Fact]
    public async Task The_same_answer_again_through_a_reading_that_holds_it_writes_nothing()
    {
        var project = await SeedAsync();
        await _store.RecordAsync(project, Agree("aad-mark", Monday), default);
        var reading = await _store.ReadAsync(new ProjectKey(Tenant, project), Decision, default);

        Assert.False(await _store.RecordAsync(reading!, Agree("aad-mark", Monday.AddSeconds(5)), default));

        Assert.Single(await _store.ListAuditAsync(project, Decision, default));
        Assert.Contains(reading!.With(Agree("aad-mark", Monday.AddSeconds(5))).Responses, r => r.AadObjectId == "aad-mark");
    }

    [Fact]
    public async Task A_decision_changed_since_the_reading_is_read_again_and_the_change_applied_to_the_newer_version()
    {
        var project = await SeedAsync();
        var first = await _store.ReadAsync(new ProjectKey(Tenant, project), Decision, default);
        var second = await _store.ReadAsync(new ProjectKey(Tenant, project), Decision, default);
        await _store.UpdateAsync(first!, d => d with { Items = [.. d.Items, "Brandweer: Ingrid Bakker"], Version = d.Version + 1 }, by: null, default);

        var closed = await _store.UpdateAsync(second!, d => d with { Closed = true }, by: null, default);

        Assert.Equal((2, true), (closed.Decision.Version, closed.Decision.Closed));
        var stored = (await _store.ReadAsync(new ProjectKey(Tenant, project), Decision, default))?.Decision;
        Assert.Equal((2, true, 2), (stored?.Version, stored?.Closed, stored?.Items.Count));
    }

    private async Task<string> SeedAsync()
    {
        var project = $"p-{Guid.NewGuid():N}";
        await _store.UpdateDecisionAsync(new ProjectKey(Tenant, project), GroupDecisionKind.Samenstelling, _ => new GroupDecision
        {
            ProjectId = project,
            TenantId = Tenant,
            Kind = GroupDecisionKind.Samenstelling,
            ProjectName = "Zwolle – Binnenstad",
            Items = ["Politie: Mark Jansen"],
            Voters = [new Voter("aad-mark", "Mark Jansen", "m1"), new Voter("aad-fatima", "Fatima el Amrani", "m2")],
            StartedBy = "aad-anna",
            UpdatedAt = Monday,
        }, inLineWith: null, by: null, default);
        return project;
    }

    private static ApprovalResponse Agree(string aad, DateTimeOffset at) => new(Decision, 1, aad, aad, ApprovalAnswer.Agree, null, at);
}
