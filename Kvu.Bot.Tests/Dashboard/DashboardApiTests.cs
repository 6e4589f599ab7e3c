using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Kvu.Bot.Dashboard;
using Kvu.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Kvu.Bot.Tests.Infrastructure;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Dashboard;

/// <summary>
/// The dashboard API through the real pipeline with Teams SSO on: Microsoft.Identity.Web validates every token (the
/// test's signing key stands in for Entra ID's), and a caller sees only projects of her own tenant that she belongs to.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TestSsoTokens _tokens = new();
    private readonly TableRequestCounter _counter = new();
    private KvuBotApplication _bot = null!;
    private HttpClient _client = null!;
    private DashboardWerkgroep _werkgroep = null!;

    public async Task InitializeAsync()
    {
        _bot = new KvuBotApplication(azurite.ConnectionString, TestSsoTokens.Settings, services =>
        {
            _tokens.Trust(services);
            services.AddSingleton(new TablePipelinePolicy(_counter));
        });
        _client = _bot.CreateClient();
        _werkgroep = await DashboardWerkgroep.SeedAsync(_bot.Services);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Without_a_token_or_with_a_forged_or_foreign_one_the_api_answers_401_and_403_without_the_scope()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/projects", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync($"/projects/{_werkgroep.ProjectId}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync($"/projects/{_werkgroep.ProjectId}", TestSsoTokens.Forged(_werkgroep.TenantId, DashboardWerkgroep.MariekeId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync($"/projects/{_werkgroep.ProjectId}", _tokens.For(_werkgroep.TenantId, DashboardWerkgroep.MariekeId, audience: Guid.NewGuid().ToString()))).StatusCode);
        // A valid token for another scope of the app signs her in but opens nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync($"/projects/{_werkgroep.ProjectId}", _tokens.For(_werkgroep.TenantId, DashboardWerkgroep.MariekeId, scope: "User.Read"))).StatusCode);
        // Issued by another tenant's Entra ID but claiming this tenant: the issuer must be the token's own tenant's.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync($"/projects/{_werkgroep.ProjectId}", _tokens.For(_werkgroep.TenantId, DashboardWerkgroep.MariekeId, issuerTenant: Guid.NewGuid().ToString()))).StatusCode);

        // The development sign-in is off when an app id is configured.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{DashboardEndpoints.ApiPath}/projects/{_werkgroep.ProjectId}");
        request.Headers.Add(DashboardAuthentication.DevelopmentHeader, $"{_werkgroep.TenantId}/{DashboardWerkgroep.MariekeId}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_user_of_another_tenant_or_outside_the_werkgroep_gets_no_project_data()
    {
        // Marieke's own object id, but in another tenant; and a colleague of her tenant who is in no werkgroep.
        var otherTenant = _tokens.For(Guid.NewGuid().ToString(), DashboardWerkgroep.MariekeId);
        var stranger = _tokens.For(_werkgroep.TenantId, Guid.NewGuid().ToString());

        foreach (var token in new[] { otherTenant, stranger })
        {
            var response = await GetAsync($"/projects/{_werkgroep.ProjectId}", token);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Zwolle", await response.Content.ReadAsStringAsync());
            Assert.Empty((await JsonAsync("/projects", token)).AsArray());
        }
    }

    [Fact]
    public async Task The_projectleider_sees_her_project_with_phase_seats_points_factors_and_who_still_has_to_respond()
    {
        var token = _tokens.For(_werkgroep.TenantId, DashboardWerkgroep.MariekeId);

        var mine = Assert.Single((await JsonAsync("/projects", token)).AsArray())!;
        Assert.Equal(_werkgroep.ProjectId, (string?)mine["id"]);
        Assert.Equal("Projectleider", (string?)mine["role"]);

        await _counter.ResetWhenQuietAsync();
        var view = await JsonAsync($"/projects/{_werkgroep.ProjectId}", token);
        // One call reads the grant and the project (point reads) and one partition each of decisions and meetings, and the
        // project's own partition for its measures and their reported states.
        Assert.Equal(
            ["GET Approvals query: 1", "GET Meetings query: 1", "GET ProjectAccess: 1", "GET Projects query: 2", "GET Projects: 1"],
            _counter.ByKind.Select(k => $"{k.Key}: {k.Value}").Order(StringComparer.Ordinal));
        Assert.Equal("Zwolle", (string?)view["project"]!["gemeente"]);
        Assert.Equal("Veiligheidsanalyse", (string?)view["project"]!["phase"]);
        var phases = view["phases"]!.AsArray();
        Assert.Equal(6, phases.Count);
        // The werkgroep moved the project on day 20: Initiatief ran from its start until then, the analysis since.
        Assert.Equal((Start, Day(20)), ((DateTimeOffset)phases[0]!["enteredAt"]!, (DateTimeOffset)phases[0]!["leftAt"]!));
        Assert.True((bool)phases[1]!["current"]!);
        Assert.Equal(Day(20), (DateTimeOffset)phases[1]!["enteredAt"]!);
        Assert.Null(phases[1]!["leftAt"]);
        Assert.Null(phases[2]!["enteredAt"]);

        var wim = view["seats"]!.AsArray().Single(s => (string?)s!["person"] == "Wim Hendriks")!;
        Assert.Equal("Linda van Dam", (string?)wim["substitute"]);
        Assert.Equal("CanDecide", (string?)wim["mandate"]);
        Assert.Contains(view["seats"]!.AsArray(), s => !(bool)s!["filled"]! && (string?)s["role"] == "KhnAfdelingsbestuur");
        Assert.NotEmpty(view["openPoints"]!.AsArray());
        Assert.Equal(10, view["successFactors"]!.AsArray().Count);
        // No restaurants take part: their own representative is listed as moot and not counted.
        var restaurants = view["successFactors"]!.AsArray().Single(f => (string?)f!["factor"] == "RestaurantsOwnRepresentative")!;
        Assert.Equal((false, "Niet van toepassing"), ((bool)restaurants["applies"]!, (string?)restaurants["statusName"]));
        Assert.Equal(9, view["successFactors"]!.AsArray().Count(f => (bool)f!["applies"]!));

        // Goals against the metingen: the measured one with its figures, trend and chart; the one that is not SMART without.
        var goals = view["goals"]!.AsArray();
        Assert.Equal(["Minder geweld op straat", "Meer bezoekers voelen zich veilig"], goals.Select(g => (string?)g!["text"]));
        Assert.Equal("NotYetReached", (string?)goals[0]!["verdict"]);
        Assert.Contains("nulmeting 4,5", (string?)goals[0]!["figures"]);
        Assert.Contains("laatste meting 3,8", (string?)goals[0]!["figures"]);
        var chart = (string)goals[0]!["chart"]!;
        Assert.StartsWith("<svg", chart);
        Assert.Contains("streefwaarde 3", chart);
        Assert.Contains("tussenmeting 3,8 op 1 september 2026", chart, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("NotSmart", (string?)goals[1]!["verdict"]);
        Assert.Null(goals[1]!["chart"]);

        Assert.Equal(
            ["mr1 Cameratoezicht Grote Markt · Gemeente Zwolle · Wim Hendriks · 25000 · Loopt", "mr2 Gastheren op de Grote Markt · KHN Zwolle · Ingrid Bakker ·  · Gepland"],
            view["measures"]!.AsArray().Select(m => $"{m!["id"]} {m["title"]} · {m["party"]} · {m["owner"]} · {m["budget"]} · {m["state"]}"));

        var decision = Assert.Single(view["decisions"]!.AsArray())!;
        Assert.Equal(1, (int)decision["agreed"]!);
        Assert.Equal(["Wim Hendriks"], decision["pending"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task A_seat_that_changed_hands_since_the_last_click_shows_its_new_holder_as_still_to_respond()
    {
        var token = _tokens.For(_werkgroep.TenantId, DashboardWerkgroep.MariekeId);
        var anouk = new Kvu.Bot.Formation.PersonRef("Anouk Vos", Guid.NewGuid().ToString(), "a.vos@zwolle.nl");
        await _bot.Services.GetRequiredService<Kvu.Bot.Formation.ProjectStore>().UpdateAsync(new(_werkgroep.TenantId, _werkgroep.ProjectId),
            p => p.ReplaceRepresentative(p.Members.Single(m => m.Person.AadObjectId == DashboardWerkgroep.WimId).Id, anouk, FormationExamples.Marieke, DateTimeOffset.UtcNow), default);

        var view = await JsonAsync($"/projects/{_werkgroep.ProjectId}", token);

        // Nobody clicked the card since: the werkgroep changed, so Marieke is asked anew, and Anouk instead of Wim.
        var decision = Assert.Single(view["decisions"]!.AsArray())!;
        Assert.Equal(0, (int)decision["agreed"]!);
        Assert.Equal(["Marieke Jansen", "Anouk Vos"], decision["pending"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task A_werkgroep_member_without_a_grant_sees_the_project_in_english_when_asked()
    {
        var token = _tokens.For(_werkgroep.TenantId, DashboardWerkgroep.WimId);

        var view = await JsonAsync($"/projects/{_werkgroep.ProjectId}?lang=en-US", token);

        Assert.Equal("Member", (string?)view["project"]!["role"]);
        Assert.Equal("Wim Hendriks", (string?)view["seats"]![0]!["person"]);
        Assert.NotEqual(
            (string?)(await JsonAsync($"/projects/{_werkgroep.ProjectId}", token))["project"]!["phaseName"],
            (string?)view["project"]!["phaseName"]);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DashboardEndpoints.ApiPath + path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }

    private async Task<JsonNode> JsonAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {response.Headers.WwwAuthenticate}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
