using Kvu.Bot.Privacy;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Privacy;

/// <summary>The privacy statement the manifest links to says what the bot really keeps, and for how long.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PrivacyPageTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    [Fact]
    public async Task The_privacy_statement_names_every_table_the_retention_period_and_how_to_export_and_erase()
    {
        var page = await Bot.CreateClient().GetStringAsync("/privacy");

        Assert.All(KvuTables.All, table => Assert.Contains($"<code>{table}</code>", page));
        Assert.Equal(TimeSpan.FromDays(2 * 365), new PrivacyOptions().RetentionAfterArchive);
        Assert.Contains("<strong>Twee jaar na het archiveren</strong>", page);
        Assert.Contains("<strong>two years after archiving</strong>", page);
        Assert.Contains("artikel 6, lid 1, onder e AVG", page);
        Assert.Contains("Verwerkingsverantwoordelijke is de gemeente die Kvu.Bot in Teams aanbiedt.", page);
        foreach (var command in new[] { "avg export", "avg verwijder", "project archiveren", "gdpr export", "gdpr erase", "archive project", "/api/admin/persons/" })
        {
            Assert.Contains(command, page);
        }
    }
}
