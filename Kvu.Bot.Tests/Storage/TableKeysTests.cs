using Azure.Data.Tables;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableKeysTests
{
    private readonly AzuriteFixture _azurite;

    public TableKeysTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public static TheoryData<string> TeamsIds => new()
    {
        "19:abc@thread.tacv2;messageid=123",
        "19:meeting_MjA3NzQ5ZjQtYjUxMS00@thread.v2",
        "a:1Xy/z#?",
        "29:1AbCdEfGh-IjKlMn_OpQrS",
        "8:orgid:2f3c4d5e-0000-4000-8000-1234567890ab",
        "msteams/conversations/19:abc@thread.tacv2;messageid=123",
        "msteams/users/29:1AbC",
        "back\\slash and space",
        "tab\tand\nnewline",
        "Projectgroep Zuidas – fase 2 ✓ 😀",
        "~7E looks encoded already~",
        "'quoted' \"and\" %20 +plus",
        "",
    };

    [Theory]
    [MemberData(nameof(TeamsIds))]
    public async Task Any_Teams_id_survives_a_trip_through_a_real_table_as_a_key(string id)
    {
        var serviceClient = new TableServiceClient(_azurite.ConnectionString);
        var table = await StorageServices.CreateUniqueTableAsync(serviceClient, "Keys");
        var key = TableKeys.Encode(id);

        await table.AddAsync(new TableEntity(key, key) { ["Id"] = id });

        var stored = await table.GetAsync(key, key);
        Assert.NotNull(stored);
        Assert.Equal(id, stored.GetString("Id"));
        Assert.Equal(id, TableKeys.Decode(stored.PartitionKey));
        Assert.Equal(id, TableKeys.Decode(stored.RowKey));
        Assert.Equal(key, Assert.Single(await table.QueryPartitionAsync(key).ToListAsync()).PartitionKey);
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=123")]
    [InlineData("29:1AbCdEfGh-IjKlMn_OpQrS")]
    [InlineData("72f988bf-86f1-41af-91ab-2d7cd011db47")]
    public void Ordinary_Teams_and_tenant_ids_stay_readable(string id)
    {
        Assert.Equal(id, TableKeys.Encode(id));
    }

    [Fact]
    public void Forbidden_characters_are_escaped_and_the_escape_character_itself_too()
    {
        Assert.Equal("a:1Xy~2Fz~23~3F", TableKeys.Encode("a:1Xy/z#?"));
        Assert.NotEqual(TableKeys.Encode("a/b"), TableKeys.Encode("a~2Fb"));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("~ZZ")]
    [InlineData("abc~2")]
    [InlineData("~FF")]
    public void Decoding_something_Encode_never_produces_is_a_FormatException(string notAKey)
    {
        Assert.Throws<FormatException>(() => TableKeys.Decode(notAKey));
    }
}
