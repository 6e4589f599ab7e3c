using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Privacy;

/// <summary>
/// Erasing a person (AVG art. 17) through the real endpoints: the projectleider with "avg verwijder" and a confirmation
/// card, the tenant's administrator with DELETE /api/admin/persons/{key}. Afterwards a scan of every row of every table
/// (keys, properties, JSON inside them) finds nothing of the person, the logboek still verifies, and what the werkgroep
/// decided keeps its counts and dates.
/// </summary>
[Collection(AzuriteCollection.Name)] // one at a time with the other Azurite tests: each starts an Azurite of its own
public sealed class PersonErasureTests : IAsyncLifetime
{
    private PrivacyWerkgroep _g = null!;

    public async Task InitializeAsync() => _g = await PrivacyWerkgroep.StartAsync();

    public async Task DisposeAsync() => await _g.DisposeAsync();

    [Fact]
    public async Task The_projectleider_erases_a_member_and_nothing_of_him_is_left_while_the_logboek_keeps_its_counts_and_dates()
    {
        Assert.Contains(_g.MarkTerms[0], string.Join('\n', await TableScan.FindAsync(_g.Azurite.ConnectionString, _g.MarkTerms)));
        var tally = await _g.TallyAsync();
        var logboek = await _g.LogboekAsync();
        var verified = await _g.VerifyAsync();
        Assert.Equal("Versie 1 · 1 van 3 akkoord · 2 bezwaar", tally);
        Assert.Contains("is ongeschonden: 6 regels gecontroleerd", verified); // five answers and the decision put to the werkgroep

        await _g.Anna.SayAsync($"avg verwijder {_g.MarkEmail}");
        Assert.Contains("Gegevens van Mark Jansen verwijderen?", _g.Anna.LastText);
        Assert.Contains("Approvals", _g.Anna.LastText);
        await _g.Anna.ClickAsync("Verwijderen");

        Assert.StartsWith("De gegevens van Mark Jansen zijn verwijderd:", _g.Anna.LastText);
        Assert.Empty(await TableScan.FindAsync(_g.Azurite.ConnectionString, [.. _g.MarkTerms, _g.Mark.ConversationId]));
        Assert.Equal(verified, await _g.VerifyAsync());
        Assert.Equal(tally, await _g.TallyAsync());
        var after = await _g.LogboekAsync();
        Assert.Equal(logboek.Select(l => (l.At, l.Subject, l.Answer, l.Version)), after.Select(l => (l.At, l.Subject, l.Answer, l.Version)));
        Assert.Equal(3, after.Count(l => l.Who.StartsWith("verwijderd lid (verwijderd lid ", StringComparison.Ordinal)));
        Assert.Contains(after, l => l.Who.StartsWith("Fatima el Amrani", StringComparison.Ordinal));

        // The others are untouched: Fatima's objection still counts and names "verwijderd lid" now.
        Assert.Contains("verwijderd lid spreekt niet voor de hele politie", _g.Anna.LastText);
        Assert.NotEmpty(await TableScan.FindAsync(_g.Azurite.ConnectionString, "Fatima el Amrani", "Henk Mulder", "Ruud Kok"));
    }

    [Fact]
    public async Task A_members_schouw_findings_keep_what_was_seen_and_lose_who_entered_them()
    {
        await _g.Mark.SayAsync("bevinding nacht Grote Markt: glasscherven na sluitingstijd");
        Assert.Contains("Bevinding f1", _g.Mark.LastText);
        await _g.Anna.SayAsync("bevinding dag Stationsplein: Mark Jansen wees ons op de kapotte verlichting");
        Assert.Contains(Kvu.Bot.Storage.KvuTables.Projects, (await TableScan.CountAsync(_g.Azurite.ConnectionString, _g.Mark.User.AadObjectId)).Keys);

        await _g.Anna.SayAsync($"avg verwijder {_g.MarkEmail}");
        await _g.Anna.ClickAsync("Verwijderen");

        Assert.Empty(await TableScan.FindAsync(_g.Azurite.ConnectionString, [.. _g.MarkTerms, _g.Mark.ConversationId]));
        await _g.Anna.SayAsync("bevindingen");
        Assert.Contains("glasscherven na sluitingstijd", _g.Anna.LastText);
        Assert.Contains("verwijderd lid wees ons op de kapotte verlichting", _g.Anna.LastText);
    }

    [Fact]
    public async Task A_member_who_carries_out_a_measure_is_replaced_by_verwijderd_lid_and_the_measure_stays()
    {
        await _g.Anna.SayAsync("doel Minder geweld op straat");
        await _g.Anna.SayAsync("maatregel Cameratoezicht, uitgezocht door Mark Jansen; doel d1; partij Politie; eigenaar Mark Jansen; start 01-01-2027; eind 31-12-2027; beslismoment 01-07-2027; beslisser burgemeester");
        Assert.Contains("Maatregel mr1", _g.Anna.LastText);

        await _g.Anna.SayAsync($"avg verwijder {_g.MarkEmail}");
        await _g.Anna.ClickAsync("Verwijderen");

        Assert.Empty(await TableScan.FindAsync(_g.Azurite.ConnectionString, [.. _g.MarkTerms, _g.Mark.ConversationId]));
        await _g.Anna.SayAsync("maatregelen");
        Assert.Contains("mr1 Cameratoezicht, uitgezocht door verwijderd lid: Politie (verwijderd lid), 1 januari 2027", _g.Anna.LastText);
    }

    [Fact]
    public async Task A_member_who_signs_the_convenant_is_replaced_by_verwijderd_lid_and_the_party_keeps_its_state()
    {
        await _g.Anna.SayAsync("convenant politie: Mark Jansen, teamchef");
        await _g.Anna.SayAsync("convenant politie akkoord");
        await _g.Anna.SayAsync("herinner convenant");

        await _g.Anna.SayAsync($"avg verwijder {_g.MarkEmail}");
        await _g.Anna.ClickAsync("Verwijderen");

        Assert.Empty(await TableScan.FindAsync(_g.Azurite.ConnectionString, [.. _g.MarkTerms, _g.Mark.ConversationId]));
        await _g.Anna.SayAsync("convenant");
        Assert.Contains("- Politie: verwijderd lid, teamchef · akkoord in principe", _g.Anna.LastText);
    }

    [Fact]
    public async Task The_tenant_administrator_erases_the_projectleider_herself_with_her_meetings_and_chats()
    {
        var anna = _g.Anna.User;
        (await _g.Bot.PostActivityAsync(_g.W.Teams.ChannelMessage(_g.W.Channel, "koppel", from: anna))).EnsureSuccessStatusCode();
        await _g.Anna.SayAsync("status");
        await _g.Anna.SayAsync("weekstatus");
        await _g.Anna.SayAsync("vergadering");
        Assert.Contains("vergadering.ics", _g.Anna.LastText, StringComparison.OrdinalIgnoreCase);
        var kept = await TableScan.CountAsync(_g.Azurite.ConnectionString, anna.AadObjectId);
        Assert.True(kept.Count >= 4, string.Join(", ", kept.Keys)); // Projects, ProjectAccess, Approvals, BotState at least
        Assert.Contains(KvuTablesMeetings, (await TableScan.CountAsync(_g.Azurite.ConnectionString, ApprovalExamples.Person(anna).Email!)).Keys);
        string[] annaTerms = [anna.Name, ApprovalExamples.Person(anna).Email!, anna.AadObjectId, anna.Id, _g.Anna.ConversationId];
        var verified = await _g.VerifyAsync();
        var tally = await _g.TallyAsync();

        var response = await _g.Admin(PrivacyWerkgroep.ZwolleKey).DeleteAsync(PrivacyWerkgroep.PersonPath(anna.AadObjectId, TeamsActivity.TenantId, export: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("zijn verwijderd in deze tenant", (await response.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>());
        Assert.Empty(await TableScan.FindAsync(_g.Azurite.ConnectionString, annaTerms));
        Assert.Equal(tally, await _g.TallyAsync());

        // Nobody manages the project any more to type "logboek controleren": the trail is checked as that command does.
        Assert.Contains("ongeschonden: 6 regels", verified);
        Assert.Equal("intact (6)", await VerifyDirectlyAsync());
    }

    private const string KvuTablesMeetings = Kvu.Bot.Storage.KvuTables.Meetings;

    private async Task<string> VerifyDirectlyAsync()
    {
        var store = (Kvu.Bot.Approvals.ApprovalStore)_g.Bot.Services.GetService(typeof(Kvu.Bot.Approvals.ApprovalStore))!;
        var verdict = Kvu.Bot.Approvals.AuditTrailCheck.Verify(await store.ReadTrailAsync(_g.W.Project.Id, default));
        return verdict.FirstBreak is null ? $"intact ({verdict.Checked})" : $"broken: {verdict.FirstBreak}";
    }
}
