using Azure;
using Azure.Data.Tables;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class GuardedTableTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite;
    private GuardedTable _table = null!;

    public GuardedTableTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public async Task InitializeAsync() =>
        _table = await StorageServices.CreateUniqueTableAsync(new TableServiceClient(_azurite.ConnectionString), "Guarded");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_partition_of_1100_entities_lists_completely_across_pages()
    {
        for (var batch = 0; batch < 11; batch++)
        {
            var actions = Enumerable.Range(batch * 100, 100)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tenant", i.ToString("D4"))))
                .ToList();
            await _table.SubmitTransactionAsync(actions);
        }

        await _table.AddAsync(new TableEntity("other-tenant", "0000"));

        var rowKeys = await _table.QueryPartitionAsync("tenant").Select(e => e.RowKey).ToListAsync();

        Assert.Equal(1100, rowKeys.Count);
        Assert.Equal(1100, rowKeys.Distinct().Count());
    }

    [Fact]
    public async Task Reading_an_entity_that_does_not_exist_gives_null()
    {
        Assert.Null(await _table.GetAsync("nobody", "nothing"));
    }

    [Fact]
    public async Task An_update_with_a_stale_ETag_raises_StorageConflictException_and_keeps_the_newer_data()
    {
        var original = await _table.AddAsync(new TableEntity("p", "r") { ["Name"] = "v1" });
        await _table.UpdateAsync(new TableEntity("p", "r") { ["Name"] = "written by the other turn" }, original);

        var ex = await Assert.ThrowsAsync<StorageConflictException>(
            () => _table.UpdateAsync(new TableEntity("p", "r") { ["Name"] = "stale" }, original));

        Assert.Equal(_table.Name, ex.Table);
        Assert.Equal(("p", "r"), (ex.PartitionKey, ex.RowKey));
        Assert.Equal("written by the other turn", (await _table.GetAsync("p", "r"))?.GetString("Name"));
    }

    [Fact]
    public async Task An_update_of_an_entity_someone_deleted_raises_StorageConflictException()
    {
        var eTag = await _table.AddAsync(new TableEntity("p", "gone"));
        await _table.DeleteAsync("p", "gone", ETag.All);

        await Assert.ThrowsAsync<StorageConflictException>(() => _table.UpdateAsync(new TableEntity("p", "gone"), eTag));
    }

    [Fact]
    public async Task Adding_an_entity_someone_else_created_first_raises_StorageConflictException()
    {
        await _table.AddAsync(new TableEntity("p", "twice") { ["By"] = "first" });

        await Assert.ThrowsAsync<StorageConflictException>(() => _table.AddAsync(new TableEntity("p", "twice") { ["By"] = "second" }));
        Assert.Equal("first", (await _table.GetAsync("p", "twice"))?.GetString("By"));
    }

    [Fact]
    public async Task A_delete_with_a_stale_ETag_raises_StorageConflictException_and_a_missing_entity_is_not_an_error()
    {
        var original = await _table.AddAsync(new TableEntity("p", "del") { ["Name"] = "v1" });
        var current = await _table.UpdateAsync(new TableEntity("p", "del") { ["Name"] = "v2" }, original);

        await Assert.ThrowsAsync<StorageConflictException>(() => _table.DeleteAsync("p", "del", original));
        Assert.True(await _table.DeleteAsync("p", "del", current));
        Assert.False(await _table.DeleteAsync("p", "del", ETag.All));
    }

    [Fact]
    public async Task Upsert_replaces_the_whole_entity_so_dropped_properties_do_not_linger()
    {
        await _table.UpsertAsync(new TableEntity("p", "up") { ["A"] = "1", ["B"] = "2" });
        await _table.UpsertAsync(new TableEntity("p", "up") { ["A"] = "3" });

        var stored = await _table.GetAsync("p", "up");
        Assert.Equal("3", stored?.GetString("A"));
        Assert.Null(stored?.GetString("B"));
    }

    [Fact]
    public async Task A_transaction_that_meets_a_newer_entity_writes_nothing_and_raises_StorageConflictException()
    {
        var stale = await _table.AddAsync(new TableEntity("tx", "a") { ["V"] = 1 });
        await _table.UpsertAsync(new TableEntity("tx", "a") { ["V"] = 2 });

        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("tx", "b")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("tx", "a") { ["V"] = 3 }, stale),
        ];

        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Equal("a", ex.RowKey);
        Assert.Null(await _table.GetAsync("tx", "b"));
        Assert.Equal(2, (await _table.GetAsync("tx", "a"))?.GetInt32("V"));
    }

    [Theory]
    [InlineData("d|samenstelling", "r|samenstelling|")]
    [InlineData("z|samenstelling", "r|samenstelling|")]
    [InlineData("r|samenstelling|b", "r|samenstelling|")]
    public async Task Rows_and_prefixes_come_in_one_query_without_the_rows_around_them(string row, string prefix)
    {
        string[] rowKeys = ["a|samenstelling|1", "d|begrippen", "d|samenstelling", "m|samenstelling|1|x", "r|begrippen|a", "r|samenstelling|a",
            "r|samenstelling|b", "r|samenstellingx|a", "s|samenstelling", "z|samenstelling", "z|samenstellingx"];
        await _table.SubmitTransactionAsync([.. rowKeys.Select(k => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("q", k)))]);
        await _table.AddAsync(new TableEntity("q-other", row));

        var found = await _table.QueryRowsAsync("q", [RowKeyRange.Key(row), RowKeyRange.Prefix(prefix), RowKeyRange.Key("m|samenstelling|1|x")])
            .Select(e => (e.PartitionKey, e.RowKey)).ToListAsync();

        Assert.Equal([.. rowKeys.Where(k => k == row || k == "m|samenstelling|1|x" || k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(k => ("q", k))], found);
    }
}
