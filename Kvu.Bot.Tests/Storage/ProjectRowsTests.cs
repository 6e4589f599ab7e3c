using Azure.Data.Tables;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class ProjectRowsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TableServiceClient _service = new(azurite.ConnectionString);
    private readonly string _project = "project-" + Guid.NewGuid().ToString("N");

    public Task InitializeAsync() => _service.CreateTableIfNotExistsAsync(KvuTables.Projects);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Twenty_changes_of_one_row_at_once_are_all_kept()
    {
        var rows = new ProjectRows(_service, "tally|");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => rows.ChangeAsync(_project, "1", read =>
        {
            var row = read ?? new TableEntity();
            row["Seen"] = (row.GetString("Seen") ?? string.Empty) + $"[{i}]";
            return row;
        }, CancellationToken.None)));

        var seen = (await rows.GetAsync(_project, "1", CancellationToken.None))!.GetString("Seen")!;
        Assert.All(Enumerable.Range(0, 20), i => Assert.Contains($"[{i}]", seen, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kinds_in_one_partition_list_only_their_own_rows_and_delete_only_their_own()
    {
        var findings = new ProjectRows(_service, "find|");
        var measures = new ProjectRows(_service, "meas|");
        await findings.AddAsync(findings.NewRow(_project, "000001"), CancellationToken.None);
        await findings.AddAsync(findings.NewRow(_project, "000002"), CancellationToken.None);
        await measures.AddAsync(measures.NewRow(_project, "000001"), CancellationToken.None);

        Assert.Equal(["find|000001", "find|000002"], (await findings.ListAsync(_project, CancellationToken.None)).Select(r => r.RowKey));
        Assert.Equal(2, await findings.DeleteAllAsync(_project, CancellationToken.None));
        Assert.Single(await measures.ListAsync(_project, CancellationToken.None));
    }

    [Fact]
    public async Task A_row_of_another_kind_is_refused_and_nothing_is_written()
    {
        var findings = new ProjectRows(_service, "find|");
        var measures = new ProjectRows(_service, "meas|");

        await Assert.ThrowsAsync<ArgumentException>(() => findings.UpsertAsync(measures.NewRow(_project, "000001"), CancellationToken.None));
        Assert.Empty(await measures.ListAsync(_project, CancellationToken.None));
    }

    [Fact]
    public async Task An_edit_that_meets_a_newer_row_is_applied_to_the_newer_row()
    {
        var rows = new ProjectRows(_service, "note|");
        var row = rows.NewRow(_project, "1");
        row["Text"] = "Jan de Vries zag het";
        row["Other"] = "eerst";
        await rows.AddAsync(row, CancellationToken.None);
        var read = (await rows.ListAsync(_project, CancellationToken.None)).Single();
        await rows.ChangeAsync(_project, "1", current => { current!["Other"] = "daarna"; return current; }, CancellationToken.None);

        var edited = await rows.EditAsync(read, r => { r["Text"] = "verwijderd lid zag het"; return true; }, CancellationToken.None);

        var stored = (await rows.GetAsync(_project, "1", CancellationToken.None))!;
        Assert.True(edited);
        Assert.Equal("verwijderd lid zag het", stored.GetString("Text"));
        Assert.Equal("daarna", stored.GetString("Other"));
    }
}
