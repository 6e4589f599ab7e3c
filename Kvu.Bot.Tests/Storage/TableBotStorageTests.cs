using Azure.Data.Tables;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableBotStorageTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite;
    private ServiceProvider _services = null!;

    public TableBotStorageTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private IStorage Storage => _services.GetRequiredService<IStorage>();

    public async Task InitializeAsync() => _services = await StorageServices.StartAsync(_azurite.ConnectionString);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task State_written_is_read_back_with_its_ETag()
    {
        var key = UniqueKey();
        var state = new Dictionary<string, object>
        {
            ["step"] = "ask-project-name",
            ["answers"] = new { ProjectName = "Zuidas fase 2", Members = new[] { "Anna", "Bram" } },
            ["startedAt"] = "2026-11-28T09:30:00+01:00",
        };

        await Storage.WriteAsync(new Dictionary<string, object> { [key] = state });
        var read = await Storage.ReadAsync([key, UniqueKey()]);

        var stored = Assert.IsType<JObject>(Assert.Single(read).Value);
        Assert.Equal("ask-project-name", stored["step"]?.Value<string>());
        Assert.Equal("Zuidas fase 2", stored["answers"]?["ProjectName"]?.Value<string>());
        Assert.Equal(["Anna", "Bram"], stored["answers"]?["Members"]?.Values<string>());
        Assert.Equal("2026-11-28T09:30:00+01:00", stored["startedAt"]?.Value<string>());
        Assert.False(string.IsNullOrEmpty(stored[TableBotStorage.ETagKey]?.Value<string>()));
    }

    [Fact]
    public async Task The_ETag_is_never_stored_inside_the_state()
    {
        var key = UniqueKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["a"] = 1 } });
        var read = (JObject)(await Storage.ReadAsync([key]))[key];
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = read });

        var entity = await BotStateTable().GetEntityAsync<TableEntity>(TableKeys.Encode(key), "");
        Assert.DoesNotContain("eTag", entity.Value.GetString("Json0"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_fails_instead_of_overwriting()
    {
        var key = UniqueKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["count"] = 1 } });
        var first = (JObject)(await Storage.ReadAsync([key]))[key];
        var second = (JObject)first.DeepClone();

        first["count"] = 2;
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = first });
        second["count"] = 99;

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { [key] = second }));
        Assert.Equal(2, ((JObject)(await Storage.ReadAsync([key]))[key])["count"]?.Value<int>());
    }

    [Fact]
    public async Task Creating_state_that_someone_else_created_meanwhile_fails()
    {
        var key = UniqueKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["by"] = "first turn" } });

        // The second writer read nothing (no ETag) and so believes it creates the state.
        await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["by"] = "second turn" } }));
        Assert.Equal("first turn", ((JObject)(await Storage.ReadAsync([key]))[key])["by"]?.Value<string>());
    }

    [Fact]
    public async Task An_ETag_of_star_overwrites_whatever_is_there()
    {
        var key = UniqueKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["v"] = 1 } });

        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["v"] = 2, ["eTag"] = "*" } });

        Assert.Equal(2, ((JObject)(await Storage.ReadAsync([key]))[key])["v"]?.Value<int>());
    }

    [Fact]
    public async Task A_store_item_carries_its_ETag_and_gets_the_new_one_after_saving()
    {
        var key = UniqueKey();
        var item = new Note { Text = "v1" };
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = item });
        var afterAdd = item.ETag;
        item.Text = "v2";
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = item });

        var stale = new Note { Text = "stale", ETag = afterAdd };
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { [key] = stale }));
        Assert.Equal("v2", ((JObject)(await Storage.ReadAsync([key]))[key])["Text"]?.Value<string>());
    }

    [Fact]
    public async Task A_600_KB_state_is_split_over_several_properties_and_read_back_whole()
    {
        // 300,000 characters of JSON is 600 KB in Azure's UTF-16 accounting, more than half of an entity.
        var key = UniqueKey();
        var notes = Enumerable.Range(0, 3_200).Select(i => $"Notitie {i:D4}: " + new string((char)('a' + (i % 26)), 80)).ToArray();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["notes"] = notes } });

        var entity = (await BotStateTable().GetEntityAsync<TableEntity>(TableKeys.Encode(key), "")).Value;
        Assert.InRange(TableLimits.EntitySize(entity), 600_000, TableLimits.MaxEntityBytes);
        Assert.True(entity.GetInt32("JsonChunks") >= 9, $"expected at least 9 chunks, got {entity.GetInt32("JsonChunks")}");

        var read = (JObject)(await Storage.ReadAsync([key]))[key];
        Assert.Equal(notes, read["notes"]?.Values<string>());
    }

    [Fact]
    public async Task A_state_too_large_for_one_entity_is_refused_clearly_and_the_old_state_stays()
    {
        var key = UniqueKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["v"] = "small" } });
        var read = (JObject)(await Storage.ReadAsync([key]))[key];
        read["v"] = new string('x', 600_000);

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => Storage.WriteAsync(new Dictionary<string, object> { [key] = read }));

        Assert.Equal("entity size", ex.Limit);
        Assert.Equal("small", ((JObject)(await Storage.ReadAsync([key]))[key])["v"]?.Value<string>());
    }

    [Fact]
    public async Task A_state_that_shrinks_leaves_no_old_pieces_behind()
    {
        var key = UniqueKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["v"] = new string('x', 100_000) } });
        var read = (JObject)(await Storage.ReadAsync([key]))[key];
        read["v"] = "short";
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = read });

        var entity = (await BotStateTable().GetEntityAsync<TableEntity>(TableKeys.Encode(key), "")).Value;
        Assert.Equal(1, entity.GetInt32("JsonChunks"));
        Assert.False(entity.ContainsKey("Json1"));
        Assert.Equal("short", ((JObject)(await Storage.ReadAsync([key]))[key])["v"]?.Value<string>());
    }

    [Fact]
    public async Task Deleted_state_is_gone_and_deleting_missing_state_is_fine()
    {
        var key = UniqueKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["v"] = 1 } });

        await Storage.DeleteAsync([key, UniqueKey()]);

        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Conversation_state_survives_from_one_turn_to_the_next()
    {
        var conversationState = new ConversationState(Storage);
        var count = conversationState.CreateProperty<int>("count");
        var adapter = NewAdapter().Use(new AutoSaveStateMiddleware(conversationState));

        await new TestFlow(adapter, async (turn, ct) =>
            {
                var value = await count.GetAsync(turn, () => 0, ct) + 1;
                await count.SetAsync(turn, value, ct);
                await turn.SendActivityAsync(value.ToString(), cancellationToken: ct);
            })
            .Send("hallo").AssertReply("1")
            .Send("hallo").AssertReply("2")
            .Send("hallo").AssertReply("3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Of_two_turns_that_loaded_the_same_state_the_second_save_fails_and_the_first_is_kept()
    {
        var conversationState = new ConversationState(Storage);
        var choice = conversationState.CreateProperty<string>("choice");
        var adapter = NewAdapter();

        // Version 1 of the state.
        var setup = NewTurn(adapter);
        await choice.SetAsync(setup, "none");
        await conversationState.SaveChangesAsync(setup);

        // Two activities of one conversation at once (say a double click on a card button): both load version 1.
        var first = NewTurn(adapter);
        var second = NewTurn(adapter);
        await conversationState.LoadAsync(first);
        await conversationState.LoadAsync(second);
        await choice.SetAsync(first, "approve");
        await choice.SetAsync(second, "reject");

        await conversationState.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConflictException>(() => conversationState.SaveChangesAsync(second));

        var later = NewTurn(adapter);
        Assert.Equal("approve", await choice.GetAsync(later, () => "missing"));
    }

    [Fact]
    public async Task A_turn_that_saves_twice_does_not_conflict_with_itself()
    {
        var conversationState = new ConversationState(Storage);
        var step = conversationState.CreateProperty<string>("step");
        var adapter = NewAdapter();
        var turn = NewTurn(adapter);

        await step.SetAsync(turn, "one");
        await conversationState.SaveChangesAsync(turn);
        await step.SetAsync(turn, "two");
        await conversationState.SaveChangesAsync(turn);
        await step.SetAsync(turn, "three");
        await conversationState.SaveChangesAsync(turn);

        Assert.Equal("three", await step.GetAsync(NewTurn(adapter), () => "missing"));
    }

    [Fact]
    public async Task Deleting_conversation_state_makes_the_next_turn_start_fresh()
    {
        var conversationState = new ConversationState(Storage);
        var step = conversationState.CreateProperty<string>("step");
        var adapter = NewAdapter();
        var turn = NewTurn(adapter);
        await step.SetAsync(turn, "halfway");
        await conversationState.SaveChangesAsync(turn);

        await conversationState.DeleteAsync(NewTurn(adapter));

        var next = NewTurn(adapter);
        Assert.Equal("start", await step.GetAsync(next, () => "start"));
        await step.SetAsync(next, "again");
        await conversationState.SaveChangesAsync(next);
        Assert.Equal("again", await step.GetAsync(NewTurn(adapter), () => "missing"));
    }

    [Fact]
    public async Task Clearing_conversation_state_in_a_turn_and_saving_starts_the_conversation_over()
    {
        var conversationState = new ConversationState(Storage);
        var step = conversationState.CreateProperty<string>("step");
        var adapter = NewAdapter();
        var turn = NewTurn(adapter);
        await step.SetAsync(turn, "halfway");
        await conversationState.SaveChangesAsync(turn);

        var next = NewTurn(adapter);
        await conversationState.LoadAsync(next);
        await conversationState.ClearStateAsync(next);
        await conversationState.SaveChangesAsync(next);

        Assert.Equal("start", await step.GetAsync(NewTurn(adapter), () => "start"));
    }

    [Fact]
    public async Task Clearing_state_and_setting_new_values_in_the_same_turn_fails_with_a_hint_to_use_DeleteAsync()
    {
        // ClearStateAsync drops the ETag, so this save cannot tell itself from a turn that raced another one.
        var conversationState = new ConversationState(Storage);
        var step = conversationState.CreateProperty<string>("step");
        var adapter = NewAdapter();
        var turn = NewTurn(adapter);
        await step.SetAsync(turn, "halfway");
        await conversationState.SaveChangesAsync(turn);

        var next = NewTurn(adapter);
        await conversationState.LoadAsync(next);
        await conversationState.ClearStateAsync(next);
        await step.SetAsync(next, "start");

        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => conversationState.SaveChangesAsync(next));
        Assert.Contains("DeleteAsync", ex.Message);
    }

    private static TurnContext NewTurn(TestAdapter adapter) => new(adapter, new Activity(ActivityTypes.Message)
    {
        ChannelId = adapter.Conversation.ChannelId,
        Conversation = adapter.Conversation.Conversation,
        From = adapter.Conversation.User,
        Recipient = adapter.Conversation.Bot,
        Text = "hallo",
    });

    private static TestAdapter NewAdapter()
    {
        var conversation = TestAdapter.CreateConversation(UniqueConversationId());
        conversation.ChannelId = "msteams";
        return new TestAdapter(conversation);
    }

    private TableClient BotStateTable() => new TableServiceClient(_azurite.ConnectionString).GetTableClient(KvuTables.BotState);

    /// <summary>State keys are "{channel}/conversations/{id}" with Teams ids: exactly the characters keys may not hold.</summary>
    private static string UniqueKey() => $"msteams/conversations/19:{Guid.NewGuid():N}@thread.tacv2;messageid=1";

    private static string UniqueConversationId() => $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1#a/b?";

    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }
}
