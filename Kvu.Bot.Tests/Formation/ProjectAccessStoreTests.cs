using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// "My projects": who sees which project, and with which role. Each test works in a tenant of its own, so the
/// shared ProjectAccess table never mixes tests.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProjectAccessStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset GrantedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly AzuriteFixture _azurite;
    private readonly string _tenant = $"tenant-{Guid.NewGuid():N}";
    private ServiceProvider _services = null!;

    public ProjectAccessStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private ProjectAccessStore Store => _services.GetRequiredService<ProjectAccessStore>();

    public async Task InitializeAsync() => _services = await StorageServices.StartAsync(_azurite.ConnectionString);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_grant_is_read_back_with_what_the_project_list_shows()
    {
        var grant = Access("user-marieke", "project-zwolle", ProjectAccessRole.Projectleider) with { Gemeente = "Zwolle", Uitgaansgebied = "Binnenstad Zwolle" };

        await Store.GrantAsync(grant, CancellationToken.None);

        Assert.Equal(grant, await Store.GetAsync(_tenant, "user-marieke", "project-zwolle", CancellationToken.None));
    }

    [Fact]
    public async Task A_projectleider_stays_projectleider_when_later_added_as_member()
    {
        await Store.GrantAsync(Access("user-marieke", "project-zwolle", ProjectAccessRole.Member), CancellationToken.None);
        await Store.GrantAsync(Access("user-marieke", "project-zwolle", ProjectAccessRole.Projectleider), CancellationToken.None);
        await Store.GrantAsync(Access("user-marieke", "project-zwolle", ProjectAccessRole.Member), CancellationToken.None);

        var access = await Store.GetAsync(_tenant, "user-marieke", "project-zwolle", CancellationToken.None);

        Assert.Equal(ProjectAccessRole.Projectleider, access?.Role);
    }

    [Fact]
    public async Task A_member_made_secretaris_is_secretaris()
    {
        await Store.GrantAsync(Access("user-jeroen", "project-zwolle", ProjectAccessRole.Member), CancellationToken.None);
        await Store.GrantAsync(Access("user-jeroen", "project-zwolle", ProjectAccessRole.Secretaris), CancellationToken.None);

        var access = await Store.GetAsync(_tenant, "user-jeroen", "project-zwolle", CancellationToken.None);

        Assert.Equal(ProjectAccessRole.Secretaris, access?.Role);
    }

    [Fact]
    public async Task A_user_sees_exactly_their_own_projects_not_those_of_a_user_whose_id_starts_the_same()
    {
        string[] mine = ["project-zwolle", "project-deventer", "project/kampen#1"];
        foreach (var project in mine)
        {
            await Store.GrantAsync(Access("user1", project, ProjectAccessRole.Projectleider), CancellationToken.None);
        }

        await Store.GrantAsync(Access("user10", "project-hengelo", ProjectAccessRole.Projectleider), CancellationToken.None);
        await Store.GrantAsync(Access("user1|x", "project-enschede", ProjectAccessRole.Projectleider), CancellationToken.None);
        await Store.GrantAsync(Access("user", "project-almelo", ProjectAccessRole.Member), CancellationToken.None);

        var listed = await Store.ListForUserAsync(_tenant, "user1", CancellationToken.None).ToListAsync();

        Assert.Equal(mine.Order(StringComparer.Ordinal), listed.Select(a => a.ProjectId).Order(StringComparer.Ordinal));
        Assert.All(listed, a => Assert.Equal("user1", a.UserId));
        Assert.Equal(["project-hengelo"], await Store.ListForUserAsync(_tenant, "user10", CancellationToken.None).Select(a => a.ProjectId).ToListAsync());
    }

    [Fact]
    public async Task Two_projectleiders_in_one_tenant_each_list_only_their_own_projects()
    {
        await Store.GrantAsync(Access("aad-marieke", "project-binnenstad", ProjectAccessRole.Projectleider), CancellationToken.None);
        await Store.GrantAsync(Access("aad-marieke", "project-stationsgebied", ProjectAccessRole.Projectleider), CancellationToken.None);
        await Store.GrantAsync(Access("aad-wim", "project-assendorp", ProjectAccessRole.Projectleider), CancellationToken.None);

        var marieke = await Store.ListForUserAsync(_tenant, "aad-marieke", CancellationToken.None).Select(a => a.ProjectId).ToListAsync();
        var wim = await Store.ListForUserAsync(_tenant, "aad-wim", CancellationToken.None).Select(a => a.ProjectId).ToListAsync();

        Assert.Equal(["project-binnenstad", "project-stationsgebied"], marieke.Order(StringComparer.Ordinal));
        Assert.Equal(["project-assendorp"], wim);
    }

    [Fact]
    public async Task The_same_user_id_in_another_tenant_sees_nothing()
    {
        await Store.GrantAsync(Access("aad-marieke", "project-binnenstad", ProjectAccessRole.Projectleider), CancellationToken.None);
        var otherTenant = $"tenant-{Guid.NewGuid():N}";

        Assert.Empty(await Store.ListForUserAsync(otherTenant, "aad-marieke", CancellationToken.None).ToListAsync());
        Assert.Null(await Store.GetAsync(otherTenant, "aad-marieke", "project-binnenstad", CancellationToken.None));
    }

    [Fact]
    public async Task A_grant_that_was_never_made_is_null()
    {
        await Store.GrantAsync(Access("aad-marieke", "project-binnenstad", ProjectAccessRole.Projectleider), CancellationToken.None);

        Assert.Null(await Store.GetAsync(_tenant, "aad-marieke", "project-assendorp", CancellationToken.None));
        Assert.Null(await Store.GetAsync(_tenant, "aad-wim", "project-binnenstad", CancellationToken.None));
        Assert.Empty(await Store.ListForUserAsync(_tenant, "aad-wim", CancellationToken.None).ToListAsync());
    }

    private ProjectAccess Access(string userId, string projectId, ProjectAccessRole role) =>
        new(_tenant, userId, projectId, "Zwolle", "Binnenstad Zwolle", role, GrantedAt);
}
