namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>Test classes marked [Collection("Azurite")] share one Azurite; they use unique tables or keys.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
