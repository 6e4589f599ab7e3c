using Kvu.Bot.Privacy;
using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Privacy;

/// <summary>Every table the bot keeps is some feature's to export, erase and delete: a new table cannot be forgotten.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PersonalDataHoldersTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    [Fact]
    public void Every_table_has_a_holder_of_its_personal_data()
    {
        var holders = Bot.Services.GetServices<IPersonalDataHolder>().ToList();

        Assert.Empty(KvuTables.All.Except(holders.SelectMany(h => h.Tables)));
        Assert.Equal(KvuTables.All.Order(), Bot.Services.GetRequiredService<PersonalDataService>().Tables.Order());
    }

    [Fact]
    public void The_projects_are_erased_after_the_features_that_copy_from_them()
    {
        var holders = Bot.Services.GetServices<IPersonalDataHolder>().ToList();

        Assert.All(holders.Where(h => !h.Tables.Contains(KvuTables.Projects)), h => Assert.True(h.Rank < holders.Single(p => p.Tables.Contains(KvuTables.Projects)).Rank, h.GetType().Name));
    }
}
