using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Files;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Files;

/// <summary>
/// A file given to a user in their personal chat: the consent card, then Teams' fileConsent/invoke through
/// /api/messages; the bytes go to the upload session (the fake connector stands in for OneDrive) only for the user it
/// was offered to, in their tenant, before it expires.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FileDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 150_000).Select(i => (byte)(i * 7))];

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;
    private TeamsActivity _teams = null!;
    private readonly string _chat = TeamsActivity.NewPersonalConversationId();

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new KvuBotApplication(azurite.ConnectionString, services: s => s.AddSingleton<TimeProvider>(_clock));
        _teams = new TeamsActivity(_connector.ServiceUrl);
    }

    private async Task<(Reply Reply, string OfferId)> OfferAsync(TeamsActivity.User? to = null)
    {
        var user = to ?? TeamsActivity.User.Projectleider;
        var delivery = _bot.Services.GetRequiredService<FileDelivery>();
        var reply = await delivery.OfferAsync(
            new FlowUser(TeamsActivity.TenantId, user.AadObjectId, user.Name, null),
            new FileOffer("Voortgangsrapportage Zwolle.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Content, "Voortgangsrapportage KVU Zwolle"),
            CultureInfo.GetCultureInfo("nl-NL"),
            CancellationToken.None);
        var offerId = reply.Attachment!.Content!["acceptContext"]!["offerId"]!.GetValue<string>();
        return (reply, offerId);
    }

    [Fact]
    public async Task Accepting_puts_the_file_in_the_users_OneDrive_and_shows_it_as_a_file_card()
    {
        var (reply, offerId) = await OfferAsync();
        Assert.Equal(FileCards.ConsentContentType, reply.Attachment!.ContentType);
        Assert.Equal("Voortgangsrapportage Zwolle.docx", reply.Attachment.Name);
        Assert.Equal(Content.Length, reply.Attachment.Content!["sizeInBytes"]!.GetValue<int>());
        Assert.Contains("Toestaan", reply.Text);

        var response = await _bot.PostActivityAsync(_teams.FileConsent(_chat, offerId, accept: true, _connector.UploadUrl("s1"), "Voortgangsrapportage Zwolle.docx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(_connector.Uploads);
        Assert.Equal(Content, upload.Content);
        Assert.Equal($"bytes 0-{Content.Length - 1}/{Content.Length}", upload.ContentRange);
        Assert.Empty(upload.Authorization); // the upload URL carries its own authorisation: no bot token leaks to it
        var card = _connector.SentTo(_chat).Single(a => a.Attachment(FileCards.InfoContentType) is not null);
        var info = card.Attachment(FileCards.InfoContentType)!;
        Assert.Equal("Voortgangsrapportage Zwolle.docx", info["name"]!.GetValue<string>());
        Assert.StartsWith("https://zwolle-my.sharepoint.com/", info["contentUrl"]!.GetValue<string>());
        Assert.Equal("docx", info["content"]!["fileType"]!.GetValue<string>());
        Assert.Contains("OneDrive", card.Text);
        var replaced = Assert.Single(_connector.Sent, a => a.Method == "PUT" && a.ReplyToId == "sent-consent");
        Assert.Contains("in je OneDrive gezet", replaced.Text);

        // The bytes are gone once delivered: clicking again (or a retry) uploads nothing more.
        await _bot.PostActivityAsync(_teams.FileConsent(_chat, offerId, accept: true, _connector.UploadUrl("s2")));
        Assert.Single(_connector.Uploads);
        Assert.Contains(_connector.SentTo(_chat), a => a.Text?.Contains("niet meer beschikbaar") == true);
    }

    [Fact]
    public async Task Another_user_another_tenant_and_a_late_click_get_nothing()
    {
        var (_, offerId) = await OfferAsync();

        await _bot.PostActivityAsync(_teams.FileConsent(_chat, offerId, accept: true, _connector.UploadUrl("other-user"), from: TeamsActivity.User.Wijkagent));
        await _bot.PostActivityAsync(_teams.FileConsent(_chat, offerId, accept: true, _connector.UploadUrl("other-tenant"), tenantId: "0aa11bb2-other-tenant"));
        Assert.Empty(_connector.Uploads);
        Assert.Equal(2, _connector.SentTo(_chat).Count(a => a.Text?.Contains("niet meer beschikbaar") == true));

        _clock.Advance(new FilesOptions().OfferLifetime + TimeSpan.FromSeconds(1));
        await _bot.PostActivityAsync(_teams.FileConsent(_chat, offerId, accept: true, _connector.UploadUrl("late")));
        Assert.Empty(_connector.Uploads);
        Assert.Equal(3, _connector.SentTo(_chat).Count(a => a.Text?.Contains("niet meer beschikbaar") == true));
        Assert.Null(await _bot.Services.GetRequiredService<FileOfferStore>().GetAsync(TeamsActivity.TenantId, TeamsActivity.User.Projectleider.AadObjectId, offerId, CancellationToken.None));
    }

    [Fact]
    public async Task Declining_keeps_nothing_and_says_so_on_the_card()
    {
        var (_, offerId) = await OfferAsync();

        await _bot.PostActivityAsync(_teams.FileConsent(_chat, offerId, accept: false));

        Assert.Empty(_connector.Uploads);
        Assert.Contains(_connector.Sent, a => a.Method == "PUT" && a.Text?.Contains("niet opgeslagen") == true);
        Assert.Empty(await _bot.Services.GetRequiredService<FileOfferStore>().ListAsync(TeamsActivity.TenantId, TeamsActivity.User.Projectleider.AadObjectId, CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_upload_is_reported_and_the_file_not_kept()
    {
        var (_, offerId) = await OfferAsync();
        _connector.UploadStatus = 403;

        await _bot.PostActivityAsync(_teams.FileConsent(_chat, offerId, accept: true, _connector.UploadUrl("refused")));

        Assert.Contains(_connector.SentTo(_chat), a => a.Text?.Contains("lukte niet") == true);
        Assert.DoesNotContain(_connector.SentTo(_chat), a => a.Attachment(FileCards.InfoContentType) is not null);
    }

    [Fact]
    public async Task Offers_left_unanswered_are_swept_when_the_user_gets_a_new_one()
    {
        var user = new TeamsActivity.User("29:1sweep", "Sanne Sweep", Guid.NewGuid().ToString());
        await OfferAsync(user);
        _clock.Advance(new FilesOptions().OfferLifetime + TimeSpan.FromMinutes(1));
        var (_, fresh) = await OfferAsync(user);

        var left = await _bot.Services.GetRequiredService<FileOfferStore>().ListAsync(TeamsActivity.TenantId, user.AadObjectId, CancellationToken.None);
        Assert.Equal(fresh, Assert.Single(left).Id);
        Assert.Equal(KvuTables.Files, FileOfferStore.TableName);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
