using System.Net;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Kvu.Bot.Tests.StatusPosts;

/// <summary>The projectleider sets up the weekly status in Teams, through the real endpoint; the scheduler posts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatusScheduleConversationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Wednesday 4 March 2026, 10:00 in Amsterdam.</summary>
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private FakeBotConnector _connector = null!;
    private StatusPostHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        var tables = await StatusPostHarness.NewTablesAsync(azurite.ConnectionString);
        _bot = await StatusPostHarness.StartAsync(azurite.ConnectionString, tables, Wednesday, _connector,
            new Dictionary<string, string?> { ["StatusPosts:AdminKey"] = "test-admin-key" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_projectleider_links_the_channel_moves_the_post_to_Tuesday_and_hears_when_the_bot_is_removed()
    {
        var chat = await ProjectleiderWithProjectAsync();

        await chat.SayAsync("weekstatus");
        Assert.Contains("heeft nog geen kanaal", chat.LastText);

        var channel = TeamsActivity.NewChannelConversationId();
        await _bot.Bot.PostActivityAsync(new TeamsActivity(_connector.ServiceUrl).ChannelMessage(channel, "koppel", from: chat.User));

        await chat.SayAsync("weekstatus");
        Assert.Contains("elke maandag om 09:00 in kanaal Uitgaansgebied Centrum", chat.LastText);

        await chat.SayAsync("weekstatus dinsdag 8:30");
        Assert.Contains("elke dinsdag om 08:30", chat.LastText);
        Assert.Contains("dinsdag 10 maart 08:30", chat.LastText);

        // Monday 09:00 passes without a post; Tuesday 08:30 (07:30 UTC) brings it.
        await _bot.RunAtAsync(new DateTimeOffset(2026, 3, 9, 8, 30, 0, TimeSpan.Zero));
        Assert.Empty(_connector.SentTo(channel));
        await _bot.RunAtAsync(new DateTimeOffset(2026, 3, 10, 7, 31, 0, TimeSpan.Zero));
        var post = Assert.Single(_connector.SentTo(channel));
        Assert.Contains("Weekstatus Zwolle – Assendorp", CardJson.AllText(post.Cards.Single()));

        // The week after, the bot has been removed from the team.
        _connector.Respond = sent => sent.ConversationId == channel ? Results.Json(new { error = new { code = "NotFound" } }, statusCode: 404) : null;
        var report = await _bot.RunAtAsync(new DateTimeOffset(2026, 3, 17, 7, 31, 0, TimeSpan.Zero));
        Assert.Equal(1, report.ChannelGone);
        Assert.Contains("verwijderd", _connector.SentTo(chat.ConversationId).Last().Text);

        await chat.SayAsync("weekstatus");
        Assert.Contains("kan niet meer in kanaal Uitgaansgebied Centrum posten", chat.LastText);
    }

    [Fact]
    public async Task Pause_and_resume()
    {
        var chat = await ProjectleiderWithProjectAsync();
        await _bot.Bot.PostActivityAsync(new TeamsActivity(_connector.ServiceUrl).ChannelMessage(TeamsActivity.NewChannelConversationId(), "koppel", from: chat.User));

        await chat.SayAsync("weekstatus pauze");
        Assert.Contains("staat op pauze", chat.LastText);

        await chat.SayAsync("weekstatus aan");
        Assert.Contains("elke maandag om 09:00", chat.LastText);

        await chat.SayAsync("weekstatus woensdag half negen");
        Assert.Contains("Bijvoorbeeld: `weekstatus`", chat.LastText);
    }

    [Fact]
    public async Task A_member_who_is_not_the_projectleider_cannot_change_it()
    {
        var chat = new TeamsChat(_bot.Bot, _connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", NewUser());

        await chat.SayAsync("weekstatus pauze");

        Assert.Contains("nog geen project", chat.LastText);
    }

    [Fact]
    public async Task An_admin_posts_one_project_now_with_the_key_and_nobody_without_it()
    {
        var (project, channel) = await _bot.LinkedProjectAsync(Wednesday);
        var client = _bot.Bot.CreateClient();
        var path = $"/api/admin/status-posts/{project.Id}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(path, null)).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "X-Admin-Key", "guess" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        Assert.Empty(_connector.SentTo(channel));

        using var right = new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "X-Admin-Key", "test-admin-key" } } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        Assert.Single(_connector.SentTo(channel));
    }

    [Fact]
    public async Task Without_an_admin_key_configured_the_endpoint_does_not_exist()
    {
        var tables = await StatusPostHarness.NewTablesAsync(azurite.ConnectionString);
        await using var bot = await StatusPostHarness.StartAsync(azurite.ConnectionString, tables, Wednesday, _connector);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/status-posts/any") { Headers = { { "X-Admin-Key", "" } } };

        Assert.Equal(HttpStatusCode.NotFound, (await bot.Bot.CreateClient().SendAsync(request)).StatusCode);
    }

    private async Task<TeamsChat> ProjectleiderWithProjectAsync()
    {
        var chat = new TeamsChat(_bot.Bot, _connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", NewUser());
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Assendorp");
        await chat.SayAsync("stop");
        return chat;
    }

    private static TeamsActivity.User NewUser() => new($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString());
}
