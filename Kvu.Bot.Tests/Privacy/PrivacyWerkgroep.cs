using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Privacy;

/// <summary>
/// A werkgroep that has worked for a while, on an Azurite of its own so that a scan of every table sees only it:
/// Mark Jansen fetched and accepted his invitation (with Ruud Kok as plaatsvervanger), the composition was put to the
/// werkgroep, Mark agreed and later objected, Fatima objected naming Mark, Henk agreed. Everything through /api/messages.
/// </summary>
public sealed class PrivacyWerkgroep : IAsyncDisposable
{
    public const string OtherTenant = "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
    public const string ZwolleKey = "sleutel-van-zwolle";
    public const string OtherKey = "sleutel-van-elders";

    private PrivacyWerkgroep(AzuriteFixture azurite, FakeBotConnector connector, KvuBotApplication bot)
    {
        Azurite = azurite;
        Connector = connector;
        Bot = bot;
    }

    public AzuriteFixture Azurite { get; }

    public FakeBotConnector Connector { get; }

    public KvuBotApplication Bot { get; }

    public ApprovalExamples W { get; private set; } = null!;

    public TeamsChat Anna { get; private set; } = null!;

    public TeamsChat Mark { get; private set; } = null!;

    public TeamsActivity.User Fatima => W.Members[1];

    public TeamsActivity.User Henk => W.Members[2];

    public string MarkEmail => ApprovalExamples.Person(Mark.User).Email!;

    /// <summary>Everything by which Mark could be found in storage.</summary>
    public string[] MarkTerms => [Mark.User.Name, MarkEmail, Mark.User.AadObjectId, Mark.User.Id];

    /// <summary>Everyone else's names, addresses and ids.</summary>
    public string[] OthersTerms =>
    [
        .. new[] { Anna.User, Fatima, Henk }.SelectMany(u => new[] { u.Name, ApprovalExamples.Person(u).Email!, u.AadObjectId }),
        "Ruud Kok", "ruud.kok@politie.nl",
    ];

    public static async Task<PrivacyWerkgroep> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null, bool atWork = true)
    {
        var azurite = new AzuriteFixture();
        await azurite.StartAsync();
        var connector = await FakeBotConnector.StartAsync();
        var values = new Dictionary<string, string?>
        {
            [$"Privacy:AdminKeys:{TeamsActivity.TenantId}"] = ZwolleKey,
            [$"Privacy:AdminKeys:{OtherTenant}"] = OtherKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var werkgroep = new PrivacyWerkgroep(azurite, connector, new KvuBotApplication(azurite.ConnectionString, values, services));
        werkgroep.W = await new ApprovalExamples(werkgroep.Bot, connector).SeedAsync(3);
        werkgroep.Anna = new TeamsChat(werkgroep.Bot, connector, TeamsActivity.NewPersonalConversationId(), user: werkgroep.W.Projectleider);
        werkgroep.Mark = new TeamsChat(werkgroep.Bot, connector, TeamsActivity.NewPersonalConversationId(), user: werkgroep.W.Members[0]);
        if (atWork)
        {
            await werkgroep.WorkAsync();
        }

        return werkgroep;
    }

    private async Task WorkAsync()
    {
        await Mark.SayAsync("uitnodigingen");
        await Anna.SayAsync("uitnodigen");
        var accept = await Bot.PostActivityAsync(W.Teams.AdaptiveCardInvoke(Mark.ConversationId, ApprovalVerbs.Accept, new JsonObject
        {
            ["projectId"] = W.Project.Id,
            ["memberId"] = "m1",
            ["mandate"] = "DecidesAfterConsultation",
            ["substituteName"] = "Ruud Kok",
            ["substituteEmail"] = "ruud.kok@politie.nl",
            ["reportBack"] = "true",
        }, Mark.User, conversationType: "personal"));
        accept.EnsureSuccessStatusCode();
        Assert.Contains("Je hebt de uitnodiging aangenomen.", ApprovalExamples.Read((await accept.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject()));

        await W.SayInChannelAsync("voorleggen samenstelling");
        await W.InvokeAsync(Mark.User, ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", W.Project.Id));
        await W.InvokeAsync(Fatima, ApprovalVerbs.Object, ApprovalExamples.Data("samenstelling", W.Project.Id, comment: "Mark Jansen spreekt niet voor de hele politie"));
        await W.InvokeAsync(Henk, ApprovalVerbs.Agree, ApprovalExamples.Data("samenstelling", W.Project.Id));
        await W.InvokeAsync(Mark.User, ApprovalVerbs.Object, ApprovalExamples.Data("samenstelling", W.Project.Id, comment: "Toch eerst de brandweer erbij"));
    }

    /// <summary>The tally line of the composition card as Fatima sees it ("Versie 1 · 1 van 3 akkoord · 2 bezwaar").</summary>
    public async Task<string> TallyAsync()
    {
        var card = ApprovalExamples.Read(await W.InvokeAsync(Fatima, ApprovalVerbs.Refresh, ApprovalExamples.Data("samenstelling", W.Project.Id)));
        return card.Split('\n').Single(l => l.Contains(" akkoord · ", StringComparison.Ordinal)).Trim();
    }

    /// <summary>The logboek's lines as the projectleider reads them, each as (time, subject, answer, version, who).</summary>
    public async Task<IReadOnlyList<(string At, string Subject, string Answer, string Version, string Who)>> LogboekAsync()
    {
        await Anna.SayAsync("logboek");
        return [.. Anna.LastText.Split('\n').Where(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l.Trim()[2..].Split(" · "))
            .Select(p => (p[0], p[1], p[3], p[4], p[2]))];
    }

    public async Task<string> VerifyAsync()
    {
        await Anna.SayAsync("logboek controleren");
        return Anna.LastText;
    }

    public HttpClient Admin(string key)
    {
        var client = Bot.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", key);
        return client;
    }

    public static string PersonPath(string person, string tenantId, bool export) =>
        $"/api/admin/persons/{Uri.EscapeDataString(person)}{(export ? "/export" : string.Empty)}?tenantId={Uri.EscapeDataString(tenantId)}";

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
