using Azure.Data.Tables;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Storage;

/// <summary>
/// Writes that Azurite would accept but Azure rejects in production must already fail here, clearly, and
/// must leave nothing behind; writes at the limit must still go through.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableLimitsTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite;
    private GuardedTable _table = null!;

    public TableLimitsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public async Task InitializeAsync() =>
        _table = await StorageServices.CreateUniqueTableAsync(new TableServiceClient(_azurite.ConnectionString), "Limits");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_transaction_spanning_two_partitions_is_refused_and_writes_nothing()
    {
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("tenant-a", "1")),
            new(TableTransactionActionType.Add, new TableEntity("tenant-b", "1")),
        ];

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Equal("transaction partition", ex.Limit);
        Assert.Contains("'tenant-a'", ex.Message);
        Assert.Contains("'tenant-b'", ex.Message);
        Assert.Null(await _table.GetAsync("tenant-a", "1"));
    }

    [Fact]
    public async Task A_transaction_of_101_operations_is_refused_with_the_count_and_the_limit()
    {
        var actions = Enumerable.Range(0, 101)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i.ToString("D3"))))
            .ToList();

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Equal("transaction operations", ex.Limit);
        Assert.Contains("101 operations", ex.Message);
        Assert.Contains("limit of 100", ex.Message);
        Assert.Null(await _table.GetAsync("p", "000"));
    }

    [Fact]
    public async Task A_transaction_of_100_operations_in_one_partition_is_written()
    {
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("full", i.ToString("D3"))))
            .ToList();

        await _table.SubmitTransactionAsync(actions);

        Assert.Equal(100, await _table.QueryPartitionAsync("full").CountAsync());
    }

    [Fact]
    public async Task A_transaction_touching_one_entity_twice_is_refused()
    {
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "same")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "same")),
        ];

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Equal("transaction duplicate", ex.Limit);
    }

    [Fact]
    public async Task A_transaction_of_4_MiB_or_more_is_refused()
    {
        // 100 entities of about 45 KB each: every one valid, together over 4 MiB.
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity("big", i.ToString("D3")) { ["Text"] = new string('x', 22_000) }))
            .ToList();

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Equal("transaction size", ex.Limit);
        Assert.Contains("4 MiB", ex.Message);
    }

    [Fact]
    public async Task An_entity_over_1_MiB_is_refused_with_its_size_and_not_stored()
    {
        var entity = new TableEntity("p", "huge");
        for (var i = 0; i < 17; i++)
        {
            entity["Part" + i] = new string('x', 32_000);
        }

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.AddAsync(entity));

        Assert.Equal("entity size", ex.Limit);
        Assert.Contains("1 MiB", ex.Message);
        Assert.Contains(TableLimits.EntitySize(entity).ToString("N0"), ex.Message);
        Assert.Null(await _table.GetAsync("p", "huge"));
    }

    [Fact]
    public async Task An_entity_just_under_1_MiB_is_stored_and_read_back()
    {
        var entity = new TableEntity("p", "almost");
        for (var i = 0; i < 15; i++)
        {
            entity["Part" + i] = new string((char)('a' + i), TableLimits.MaxStringPropertyChars);
        }

        Assert.InRange(TableLimits.EntitySize(entity), 900_000, TableLimits.MaxEntityBytes);

        await _table.AddAsync(entity);

        var stored = await _table.GetAsync("p", "almost");
        Assert.NotNull(stored);
        Assert.Equal(entity.GetString("Part14"), stored.GetString("Part14"));
    }

    [Fact]
    public async Task An_entity_with_256_properties_is_refused()
    {
        // 253 of its own + PartitionKey, RowKey, Timestamp = 256.
        var entity = EntityWithProperties("too-many", 253);

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.UpsertAsync(entity));

        Assert.Equal("property count", ex.Limit);
        Assert.Contains("256 properties", ex.Message);
        Assert.Contains("limit of 255", ex.Message);
        Assert.Null(await _table.GetAsync("p", "too-many"));
    }

    [Fact]
    public async Task An_entity_with_255_properties_is_stored()
    {
        await _table.UpsertAsync(EntityWithProperties("exactly", 252));

        var stored = await _table.GetAsync("p", "exactly");
        Assert.NotNull(stored);
        Assert.Equal(251, stored.GetInt32("P251"));
    }

    [Fact]
    public async Task A_string_property_over_64_KiB_is_refused_with_its_name()
    {
        var entity = new TableEntity("p", "long-string") { ["Description"] = new string('x', TableLimits.MaxStringPropertyChars + 1) };

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.AddAsync(entity));

        Assert.Equal("string property size", ex.Limit);
        Assert.Contains("'Description'", ex.Message);
        Assert.Contains("64 KiB", ex.Message);
    }

    [Theory]
    [InlineData("msteams/conversations/19:abc@thread.tacv2", "'/'")]
    [InlineData("a\\b", "'\\'")]
    [InlineData("19:abc#section", "'#'")]
    [InlineData("what?", "'?'")]
    [InlineData("tab\there", "U+0009")]
    public async Task A_key_with_a_character_Azure_forbids_is_refused_and_TableKeys_makes_it_storable(string key, string named)
    {
        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.AddAsync(new TableEntity("p", key)));

        Assert.Equal("key characters", ex.Limit);
        Assert.Contains(named, ex.Message);
        Assert.Contains("TableKeys.Encode", ex.Message);

        await _table.AddAsync(new TableEntity("p", TableKeys.Encode(key)) { ["Original"] = key });
        var stored = await _table.GetAsync("p", TableKeys.Encode(key));
        Assert.Equal(key, stored?.GetString("Original"));
    }

    [Fact]
    public async Task A_key_over_1_KiB_is_refused()
    {
        var key = new string('k', TableLimits.MaxKeyChars + 1);

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _table.GetAsync(key, ""));

        Assert.Equal("key size", ex.Limit);
        Assert.Contains("1 KiB", ex.Message);
    }

    [Fact]
    public void Entity_size_follows_Azures_documented_formula()
    {
        var entity = new TableEntity("ab", "c") { ["Name"] = "xyz", ["Count"] = 5, ["When"] = DateTimeOffset.UnixEpoch, ["Id"] = Guid.Empty, ["On"] = true };

        // 4 + (2 + 1) * 2 keys; Timestamp 8 + 9*2 + 8; Name 8 + 4*2 + 3*2 + 4; Count 8 + 5*2 + 4;
        // When 8 + 4*2 + 8; Id 8 + 2*2 + 16; On 8 + 2*2 + 1.
        Assert.Equal(10 + 34 + 26 + 22 + 24 + 28 + 13, TableLimits.EntitySize(entity));
    }

    private static TableEntity EntityWithProperties(string rowKey, int count)
    {
        var entity = new TableEntity("p", rowKey);
        for (var i = 0; i < count; i++)
        {
            entity["P" + i] = i;
        }

        return entity;
    }
}
