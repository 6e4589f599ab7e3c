using System.Globalization;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Privacy;

/// <summary>
/// "project archiveren": the project becomes read-only, and once the retention period after archiving
/// (Privacy:RetentionAfterArchive, two years by default) is over, the retention job on the shared loop deletes every
/// row of it in every table. The job runs on the app's clock: a fake clock moves two years on in a test.
/// </summary>
[Collection(AzuriteCollection.Name)] // one at a time with the other Azurite tests: each starts an Azurite of its own
public sealed class ProjectRetentionTests : IAsyncLifetime
{
    private const string StatusKey = "weekstatus-sleutel";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private PrivacyWerkgroep _g = null!;

    public async Task InitializeAsync() => _g = await PrivacyWerkgroep.StartAsync(
        new Dictionary<string, string?> { ["Privacy:RetentionEnabled"] = "true", ["Privacy:RetentionInterval"] = "01:00:00", ["StatusPosts:AdminKey"] = StatusKey },
        services => services.AddSingleton<TimeProvider>(_clock),
        atWork: false);

    public async Task DisposeAsync() => await _g.DisposeAsync();

    [Fact]
    public async Task An_archived_project_past_its_retention_period_is_gone_from_every_table_and_one_archived_later_is_not()
    {
        var first = await WorkingAsync(_g.W, _g.Anna);
        var second = await WorkingAsync(await new ApprovalExamples(_g.Bot, _g.Connector).SeedAsync(3), null);
        Assert.True((await TableScan.CountAsync(_g.Azurite.ConnectionString, first.Project.Id)).Count >= 5);

        await ArchiveAsync(first.Chat);
        _clock.Advance(TimeSpan.FromDays(365));
        await ArchiveAsync(second.Chat);
        Assert.Contains("Het wordt verwijderd rond", second.Chat.LastText);

        _clock.Advance(TimeSpan.FromDays(366));

        var left = await WaitUntilGoneAsync(first.Project.Id);
        Assert.True(left.Count == 0, string.Join('\n', left));
        var kept = await TableScan.CountAsync(_g.Azurite.ConnectionString, second.Project.Id);
        Assert.Contains("Projects", kept.Keys);
        Assert.Contains("Approvals", kept.Keys);
        Assert.Contains("Meetings", kept.Keys);
        Assert.Contains("StatusSchedules", kept.Keys);
    }

    [Fact]
    public async Task An_archived_project_is_read_only_with_its_decisions_closed_and_no_weekly_post()
    {
        var work = await WorkingAsync(_g.W, _g.Anna);

        await _g.Anna.SayAsync("project archiveren");
        var deletion = (_clock.GetUtcNow() + TimeSpan.FromDays(730)).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
        Assert.Contains($"Na de bewaartermijn van 2 jaar wordt alles van het project verwijderd, rond {deletion}.", _g.Anna.LastText);
        await _g.Anna.ClickAsync("Archiveren");
        Assert.Equal($"Project Zwolle – Binnenstad is gearchiveerd en alleen nog te lezen. Het wordt verwijderd rond {deletion}.", _g.Anna.LastText);

        await _g.Anna.SayAsync("voorleggen samenstelling");
        Assert.StartsWith("Dit project is gearchiveerd en kan niet meer worden gewijzigd.", _g.Anna.LastText);
        await _g.Anna.SayAsync("taak 1 klaar");
        Assert.StartsWith("Dit project is gearchiveerd en kan niet meer worden gewijzigd.", _g.Anna.LastText);
        var card = ApprovalExamples.Read(await work.Examples.InvokeAsync(_g.Fatima, Kvu.Bot.Approvals.ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", work.Project.Id)));
        Assert.Contains("Deze stemming is gesloten; je reactie is niet vastgelegd.", card);

        var post = await _g.Admin(StatusKey).PostAsync($"/api/admin/status-posts/{work.Project.Id}", null);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("ProjectArchived", await post.Content.ReadAsStringAsync());

        await _g.Anna.SayAsync("logboek controleren");
        Assert.Contains("is ongeschonden", _g.Anna.LastText);
        await _g.Anna.SayAsync("project archiveren");
        Assert.StartsWith("Project Zwolle – Binnenstad was al gearchiveerd", _g.Anna.LastText);
    }

    /// <summary>A werkgroep at work: a decision answered, the channel linked with its weekly status, a meeting planned.</summary>
    private async Task<(ApprovalExamples Examples, Kvu.Bot.Formation.KvuProject Project, TeamsChat Chat)> WorkingAsync(ApprovalExamples w, TeamsChat? chat)
    {
        chat ??= new TeamsChat(_g.Bot, _g.Connector, TeamsActivity.NewPersonalConversationId(), user: w.Projectleider);
        (await _g.Bot.PostActivityAsync(w.Teams.ChannelMessage(w.Channel, "koppel", from: w.Projectleider))).EnsureSuccessStatusCode();
        await chat.SayAsync("status");
        await chat.SayAsync("weekstatus");
        await chat.SayAsync("vergadering");
        await w.SayInChannelAsync("voorleggen samenstelling");
        await w.InvokeAsync(w.Members[0], Kvu.Bot.Approvals.ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", w.Project.Id));
        return (w, w.Project, chat);
    }

    private static async Task ArchiveAsync(TeamsChat chat)
    {
        await chat.SayAsync("project archiveren");
        await chat.ClickAsync("Archiveren");
        Assert.Contains("is gearchiveerd en alleen nog te lezen", chat.LastText);
    }

    /// <summary>The retention loop runs in the background once the clock passed its tick: wait (in real time) until it is done.</summary>
    private async Task<IReadOnlyList<string>> WaitUntilGoneAsync(string projectId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        IReadOnlyList<string> left;
        do
        {
            await Task.Delay(200);
            left = await TableScan.FindAsync(_g.Azurite.ConnectionString, projectId);
        }
        while (left.Count > 0 && DateTime.UtcNow < deadline);
        return left;
    }
}
