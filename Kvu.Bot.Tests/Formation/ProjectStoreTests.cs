using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// A werkgroep someone built up over weeks must come back whole, stay inside its own tenant, and survive several
/// people editing it at once. Every test uses a project id of its own, so tests sharing the Projects table never
/// see each other's projects.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProjectStoreTests : IAsyncLifetime
{
    private const string Tenant = "tenant-zwolle";

    private readonly AzuriteFixture _azurite;
    private ServiceProvider _services = null!;

    public ProjectStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private ProjectStore Store => _services.GetRequiredService<ProjectStore>();

    public async Task InitializeAsync() => _services = await StorageServices.StartAsync(_azurite.ConnectionString);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_whole_werkgroep_comes_back_exactly_as_it_was_saved()
    {
        var project = ZwolleWithId(UniqueId());

        await Store.CreateAsync(project, CancellationToken.None);
        var read = await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(Snapshot(project), Snapshot(read));
        Assert.Equal(9, read.Members.Count);
        Assert.Equal(["Grote Markt", "Melkmarkt", "Voorstraat", "Club Voorstraat"], read.HorecaAreas.Select(a => a.Name));
        var club = Assert.Single(read.Members, m => m.Person.IsSamePerson(Kees));
        Assert.Equal(Mandate.CanDecide, club.Mandate);
        Assert.Equal(Joost, club.Substitute);
        Assert.Equal(2, club.CoveredAreaIds.Count);
        Assert.Equal(project.Decisions, read.Decisions);
        Assert.Equal(IntentieverklaringStatus.Signed, read.Intentieverklaring.Status);
    }

    [Fact]
    public async Task A_project_saved_under_the_old_RowKey_is_found_and_moved_to_its_own_on_the_next_change()
    {
        var project = ZwolleWithId(UniqueId());
        await Store.CreateAsync(project, CancellationToken.None);
        var table = new TableServiceClient(_azurite.ConnectionString).GetTableClient(ProjectStore.TableName);
        var key = TableKeys.Encode(project.Id);
        var stored = await RawAsync(project.Id);
        var legacy = new TableEntity(stored) { RowKey = "project" };
        await table.AddEntityAsync(legacy);
        await table.DeleteEntityAsync(key, key);

        var read = await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None);
        Assert.Equal(Snapshot(project), Snapshot(read!));

        await Store.UpdateAsync(new ProjectKey(Tenant, project.Id), p => p.Rename("Zwolle", "Binnenstad en Stationsgebied", Marieke, Day(5)), CancellationToken.None);

        var rows = await table.QueryAsync<TableEntity>(e => e.PartitionKey == key).ToListAsync();
        Assert.Equal([key], rows.Select(r => r.RowKey));
        Assert.Equal("Binnenstad en Stationsgebied", (await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None))!.Uitgaansgebied);
    }

    [Fact]
    public async Task Creating_a_project_whose_id_exists_fails_and_keeps_the_first_one()
    {
        var id = UniqueId();
        await Store.CreateAsync(KvuProject.Create(id, Tenant, "Zwolle", "Binnenstad Zwolle", Marieke, Start), CancellationToken.None);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            Store.CreateAsync(KvuProject.Create(id, Tenant, "Deventer", "Brink", Jeroen, Day(1)), CancellationToken.None));

        var read = await Store.GetAsync(new ProjectKey(Tenant, id), CancellationToken.None);
        Assert.Equal("Zwolle", read?.Gemeente);
        Assert.Equal("Binnenstad Zwolle", read?.Uitgaansgebied);
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_a_project()
    {
        var project = ZwolleWithId(UniqueId());
        await Store.CreateAsync(project, CancellationToken.None);
        var before = await RawAsync(project.Id);
        var mutated = false;

        var read = await Store.GetAsync(new ProjectKey("tenant-deventer", project.Id), CancellationToken.None);
        var updated = await Store.UpdateAsync(new ProjectKey("tenant-deventer", project.Id), p =>
        {
            mutated = true;
            p.Rename("Deventer", "Brink", Jeroen, Day(20));
        }, CancellationToken.None);

        Assert.Null(read);
        Assert.Null(updated);
        Assert.False(mutated);
        var after = await RawAsync(project.Id);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal("Zwolle", (await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None))?.Gemeente);
    }

    [Fact]
    public async Task A_project_that_does_not_exist_is_null_for_get_and_update()
    {
        var id = UniqueId();

        Assert.Null(await Store.GetAsync(new ProjectKey(Tenant, id), CancellationToken.None));
        Assert.Null(await Store.UpdateAsync(new ProjectKey(Tenant, id), p => p.MovePhaseTo(KvuPhase.Uitvoering, Marieke, Day(1)), CancellationToken.None));
        Assert.Null(await Store.GetAsync(new ProjectKey(Tenant, id), CancellationToken.None));
    }

    [Fact]
    public async Task An_update_is_saved_and_returned()
    {
        var project = ZwolleWithId(UniqueId());
        await Store.CreateAsync(project, CancellationToken.None);

        var returned = await Store.UpdateAsync(new ProjectKey(Tenant, project.Id), p => p.AddHorecaArea("Thorbeckegracht", HorecaAreaKind.Straat, Jeroen, Day(20)), CancellationToken.None);

        var read = await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None);
        Assert.NotNull(returned);
        Assert.NotNull(read);
        Assert.Equal(Snapshot(returned), Snapshot(read));
        Assert.Contains(read.HorecaAreas, a => a.Name == "Thorbeckegracht");
        Assert.Equal(DecisionKind.HorecaAreaAdded, read.Decisions[^1].Kind);
        Assert.Equal(Jeroen, read.Decisions[^1].By);
    }

    [Fact]
    public async Task Thirty_people_adding_an_area_at_the_same_time_lose_none_of_them()
    {
        var id = UniqueId();
        await Store.CreateAsync(KvuProject.Create(id, Tenant, "Zwolle", "Binnenstad Zwolle", Marieke, Start), CancellationToken.None);
        var names = Enumerable.Range(1, 30).Select(i => $"Straat {i}").ToArray();

        var results = await Task.WhenAll(names.Select(name => Task.Run(() =>
            Store.UpdateAsync(new ProjectKey(Tenant, id), p => p.AddHorecaArea(name, HorecaAreaKind.Straat, Marieke, Day(1)), CancellationToken.None))));

        Assert.All(results, Assert.NotNull);
        var read = await Store.GetAsync(new ProjectKey(Tenant, id), CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(names.Order(StringComparer.Ordinal), read.HorecaAreas.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(30, read.HorecaAreas.Select(a => a.Id).Distinct().Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), read.Decisions.Where(d => d.Kind == DecisionKind.HorecaAreaAdded).Select(d => d.Detail![(d.Detail!.IndexOf("; ", StringComparison.Ordinal) + 2)..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Thirty_members_added_at_the_same_time_all_get_a_seat()
    {
        var id = UniqueId();
        await Store.CreateAsync(KvuProject.Create(id, Tenant, "Zwolle", "Binnenstad Zwolle", Marieke, Start), CancellationToken.None);
        var people = Enumerable.Range(1, 30).Select(Person).ToArray();

        await Task.WhenAll(people.Select(person => Task.Run(() =>
            Store.UpdateAsync(new ProjectKey(Tenant, id), p => p.AddMember(WerkgroepRole.HorecaOndernemer, person, $"Café {person.DisplayName}", Marieke, Day(1)), CancellationToken.None))));

        var read = await Store.GetAsync(new ProjectKey(Tenant, id), CancellationToken.None);
        Assert.NotNull(read);
        Assert.All(people, person => Assert.Single(read.Members, m => m.Person.IsSamePerson(person)));
        Assert.Equal(30, read.Members.Select(m => m.Id).Distinct().Count());
        Assert.Equal(30, read.Decisions.Count(d => d.Kind == DecisionKind.MemberAdded));
    }

    [Fact]
    public async Task A_change_the_rules_refuse_writes_nothing_not_even_the_part_before_the_refusal()
    {
        var project = ZwolleWithId(UniqueId());
        await Store.CreateAsync(project, CancellationToken.None);
        var before = await RawAsync(project.Id);

        var ex = await Assert.ThrowsAsync<FormationRuleException>(() => Store.UpdateAsync(new ProjectKey(Tenant, project.Id), p =>
        {
            p.MovePhaseTo(KvuPhase.Uitvoering, Marieke, Day(20));
            p.AddHorecaArea("grote markt", HorecaAreaKind.Plein, Marieke, Day(20));
        }, CancellationToken.None));

        Assert.Equal(FormationRuleCode.DuplicateArea, ex.Code);
        var after = await RawAsync(project.Id);
        Assert.Equal(before.ETag, after.ETag);
        var read = await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(Snapshot(project), Snapshot(read));
    }

    [Fact]
    public async Task A_large_werkgroep_with_a_long_decision_log_round_trips()
    {
        var project = KvuProject.Create(UniqueId(), Tenant, "Zwolle", "Binnenstad Zwolle", Marieke, Start);
        var added = GrowTo(project, 300_000);

        await Store.CreateAsync(project, CancellationToken.None);
        var read = await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None);

        Assert.True((await RawAsync(project.Id)).GetInt32("JsonChunks") > 1, "300 KB of JSON needs more than one 64 KiB property");
        Assert.NotNull(read);
        Assert.Equal(added, read.Members.Count);
        Assert.Equal(Snapshot(project), Snapshot(read));
    }

    [Fact]
    public async Task A_project_grown_past_the_entity_limit_is_refused_and_the_last_version_stays_readable()
    {
        var project = ZwolleWithId(UniqueId());
        await Store.CreateAsync(project, CancellationToken.None);

        // About 600,000 characters: 1.2 MB as UTF-16, over Azure's 1 MiB per entity.
        var ex = await Assert.ThrowsAsync<TableLimitException>(() =>
            Store.UpdateAsync(new ProjectKey(Tenant, project.Id), p => GrowTo(p, 600_000), CancellationToken.None));

        Assert.Equal("entity size", ex.Limit);
        var read = await Store.GetAsync(new ProjectKey(Tenant, project.Id), CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(Snapshot(project), Snapshot(read));
    }

    [Fact]
    public async Task A_project_id_with_characters_Azure_forbids_in_keys_works()
    {
        var id = $"zwolle/binnenstad#2026?fase=1&{Guid.NewGuid():N}";
        await Store.CreateAsync(KvuProject.Create(id, Tenant, "Zwolle", "Binnenstad Zwolle", Marieke, Start), CancellationToken.None);

        var updated = await Store.UpdateAsync(new ProjectKey(Tenant, id), p => p.AddHorecaArea("Grote Markt", HorecaAreaKind.Plein, Marieke, Day(1)), CancellationToken.None);
        var read = await Store.GetAsync(new ProjectKey(Tenant, id), CancellationToken.None);

        Assert.NotNull(updated);
        Assert.NotNull(read);
        Assert.Equal(id, read.Id);
        Assert.Equal("Grote Markt", Assert.Single(read.HorecaAreas).Name);
        Assert.Null(await Store.GetAsync(new ProjectKey(Tenant, "zwolle"), CancellationToken.None));
    }

    private static string UniqueId() => $"project-{Guid.NewGuid():N}";

    private static PersonRef Person(int i) => new($"Ondernemer {i}", null, $"ondernemer{i}@horeca-zwolle.nl");

    /// <summary>The realistic Zwolle werkgroep, under an id of this test's own.</summary>
    private static KvuProject ZwolleWithId(string id)
    {
        var document = JsonNode.Parse(Snapshot(Zwolle()))!;
        document["id"] = id;
        var project = document.Deserialize<KvuProject>(FormationJson.Options)!;
        Assert.Equal(id, project.Id);
        return project;
    }

    /// <summary>
    /// Seats horeca ondernemers, each with a mandate and a substitute (three decisions a seat), until the document
    /// is at least targetChars long. Returns how many seats it added.
    /// </summary>
    private static int GrowTo(KvuProject project, int targetChars)
    {
        var added = 0;
        while (Snapshot(project).Length < targetChars)
        {
            for (var i = 0; i < 50; i++)
            {
                added++;
                var member = project.AddMember(WerkgroepRole.HorecaOndernemer, Person(added), $"Café nummer {added} aan de Voorstraat", Marieke, Day(1));
                project.SetMandate(member.Id, Mandate.DecidesAfterConsultation, Marieke, Day(2));
                project.SetSubstitute(member.Id, new PersonRef($"Vervanger {added}", null, $"vervanger{added}@horeca-zwolle.nl"), Marieke, Day(3));
            }
        }

        return added;
    }

    private async Task<TableEntity> RawAsync(string projectId)
    {
        var table = new TableServiceClient(_azurite.ConnectionString).GetTableClient(ProjectStore.TableName);
        Response<TableEntity> response = await table.GetEntityAsync<TableEntity>(TableKeys.Encode(projectId), TableKeys.Encode(projectId));
        return response.Value;
    }
}
