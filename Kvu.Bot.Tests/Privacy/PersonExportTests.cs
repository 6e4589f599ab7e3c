using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Privacy;

/// <summary>
/// Exporting what is kept about a person (AVG art. 15 and 20), and who may do it, through the real endpoints: the
/// projectleider's "avg export" answered with a short-lived download link, and the tenant administrator's
/// GET /api/admin/persons/{key}/export. The export holds all of the person's data and nothing of anyone else's.
/// </summary>
[Collection(AzuriteCollection.Name)] // one at a time with the other Azurite tests: each starts an Azurite of its own
public sealed partial class PersonExportTests : IAsyncLifetime
{
    private PrivacyWerkgroep _g = null!;

    public async Task InitializeAsync() => _g = await PrivacyWerkgroep.StartAsync();

    public async Task DisposeAsync() => await _g.DisposeAsync();

    [Fact]
    public async Task The_projectleider_downloads_everything_kept_about_a_member_and_nothing_of_anyone_else()
    {
        await _g.Anna.SayAsync("avg export Mark Jansen");

        var link = Link().Match(_g.Anna.LastText);
        Assert.True(link.Success, _g.Anna.LastText);
        Assert.Contains("De link werkt 15 minuten en alleen voor jou.", _g.Anna.LastText);
        var response = await _g.Bot.CreateClient().GetAsync(new Uri(link.Groups[1].Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var export = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        AssertOnlyMark(export);
        var tables = export["tables"]!.AsObject();
        Assert.Contains(tables["Projects"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "project" && r["fields"]!["seats"]![0]!["memberId"]!.GetValue<string>() == "m1");
        Assert.Equal(3, tables["Approvals"]!.AsArray().Count(r => r!["kind"]!.GetValue<string>() == "auditEntry"));
        Assert.Contains(tables["Approvals"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "invitation");
        Assert.False(export["scope"]!["wholeTenant"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_administrator_exports_the_whole_tenant_including_the_persons_own_chat_with_the_bot()
    {
        var export = await _g.Admin(PrivacyWerkgroep.ZwolleKey).GetFromJsonAsync<JsonObject>(PrivacyWerkgroep.PersonPath(_g.Mark.User.AadObjectId, TeamsActivity.TenantId, export: true));

        AssertOnlyMark(export!);
        var tables = export!["tables"]!.AsObject();
        Assert.Equal([_g.Mark.ConversationId], export["person"]!["conversationIds"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains(tables["Conversations"]!.AsArray(), r => r!["fields"]!["conversationId"]!.GetValue<string>() == _g.Mark.ConversationId);
        Assert.Contains(tables["BotState"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "conversationState");
        Assert.Contains(tables["Approvals"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "reach");
    }

    [Fact]
    public async Task A_changed_or_foreign_link_gives_nothing()
    {
        await _g.Anna.SayAsync("avg export Mark Jansen");
        var url = new Uri(Link().Match(_g.Anna.LastText).Groups[1].Value).PathAndQuery;

        var changed = await _g.Bot.CreateClient().GetAsync(url[..^3] + (url[^3..] == "abc" ? "abd" : "abc"));
        var made = await _g.Bot.CreateClient().GetAsync("/api/privacy/exports/bm90LWEtdG9rZW4");

        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, made.StatusCode);
        Assert.Contains("verlopen of ongeldig", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_who_manages_no_project_may_not_export_and_a_channel_is_no_place_for_it()
    {
        var fatima = new TeamsChat(_g.Bot, _g.Connector, TeamsActivity.NewPersonalConversationId(), user: _g.Fatima);
        await fatima.SayAsync("avg export Mark Jansen");
        Assert.Equal("Alleen de projectleider of de projectsecretaris kan dit, voor de projecten die zij beheren.", fatima.LastText);

        var before = _g.W.SentInChannel().Count;
        (await _g.Bot.PostActivityAsync(_g.W.Teams.ChannelMessage(_g.W.Channel, "avg export Mark Jansen", from: _g.Anna.User))).EnsureSuccessStatusCode();
        Assert.Equal("Doe dit in je eigen chat met Kvu.Bot: daar ziet niemand anders de gegevens.", Assert.Single(_g.W.SentInChannel().Skip(before)).VisibleText);
    }

    [Fact]
    public async Task Another_tenants_key_or_tenant_can_neither_export_nor_erase_and_changes_nothing()
    {
        var snapshot = await TableScan.SnapshotAsync(_g.Azurite.ConnectionString);
        var elsewhere = _g.Admin(PrivacyWerkgroep.OtherKey);
        var anonymous = _g.Bot.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync(PrivacyWerkgroep.PersonPath(_g.MarkEmail, TeamsActivity.TenantId, export: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.DeleteAsync(PrivacyWerkgroep.PersonPath(_g.MarkEmail, TeamsActivity.TenantId, export: false))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync(PrivacyWerkgroep.PersonPath(_g.MarkEmail, TeamsActivity.TenantId, export: false))).StatusCode);
        var otherTenant = await elsewhere.DeleteAsync(PrivacyWerkgroep.PersonPath(_g.MarkEmail, PrivacyWerkgroep.OtherTenant, export: false));
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal("UnknownPerson", (await otherTenant.Content.ReadFromJsonAsync<JsonObject>())!["problem"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(PrivacyWerkgroep.PersonPath(_g.MarkEmail, PrivacyWerkgroep.OtherTenant, export: true))).StatusCode);

        Assert.Equal(snapshot, await TableScan.SnapshotAsync(_g.Azurite.ConnectionString));
    }

    [Fact]
    public async Task An_unknown_person_gets_a_clear_answer_in_dutch_or_english_and_nothing_changes()
    {
        var snapshot = await TableScan.SnapshotAsync(_g.Azurite.ConnectionString);

        await _g.Anna.SayAsync("avg verwijder Piet Onbekend");
        Assert.Equal("Ik vind niemand met de naam, het e-mailadres of de id ‘Piet Onbekend’ in je projecten. Er is niets veranderd.", _g.Anna.LastText);
        var english = new TeamsChat(_g.Bot, _g.Connector, _g.Anna.ConversationId, "en-US", _g.Anna.User);
        await english.SayAsync("gdpr erase nobody@example.nl");
        Assert.Equal("I find nobody with the name, e-mail address or id ‘nobody@example.nl’ in your projects. Nothing was changed.", english.LastText);
        await english.SubmitAsync(new JsonObject { ["verb"] = "privacy.erase", ["person"] = "Piet Onbekend" });
        Assert.Contains("Nothing was changed.", english.LastText);

        var admin = _g.Admin(PrivacyWerkgroep.ZwolleKey);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var response = await admin.DeleteAsync(PrivacyWerkgroep.PersonPath("Piet Onbekend", TeamsActivity.TenantId, export: false));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("I find nobody with the name, e-mail address or id ‘Piet Onbekend’ in this tenant. Nothing was changed.", (await response.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>());

        // The chats above wrote their own conversation state; the werkgroep's data is as it was.
        Assert.Equal(snapshot.Where(r => !r.StartsWith("BotState ", StringComparison.Ordinal) && !r.StartsWith("Conversations ", StringComparison.Ordinal)),
            (await TableScan.SnapshotAsync(_g.Azurite.ConnectionString)).Where(r => !r.StartsWith("BotState ", StringComparison.Ordinal) && !r.StartsWith("Conversations ", StringComparison.Ordinal)));
    }

    private void AssertOnlyMark(JsonObject export)
    {
        var text = export.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal("kvu-bot-personal-data/1", export["format"]!.GetValue<string>());
        foreach (var term in _g.MarkTerms.Take(3))
        {
            Assert.Contains(term, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(_g.OthersTerms, term => Assert.DoesNotContain(term, text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["Mark Jansen"], export["person"]!["names"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal([_g.MarkEmail], export["person"]!["emails"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal([_g.Mark.User.AadObjectId], export["person"]!["aadObjectIds"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [GeneratedRegex(@"\]\((https?://[^)\s]+/api/privacy/exports/[^)\s]+)\)")]
    private static partial Regex Link();
}
