using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Dashboard;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>Invitations to the werkgroep: sent 1:1, fetched with "uitnodigingen", accepted or declined, through the real endpoint.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InvitationTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ApprovalExamples _w = null!;
    private TeamsChat _anna = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        _anna = Chat(_w.Projectleider);
    }

    private TeamsChat Chat(TeamsActivity.User user) => new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), user: user);

    private async Task<KvuProject> ProjectAsync() =>
        (await Bot.Services.GetRequiredService<ProjectStore>().GetAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), default))!;

    private async Task<JsonObject> ClickAsync(TeamsChat chat, string verb, Dictionary<string, string> fields, string? memberId = null, string locale = "nl-NL")
    {
        var data = new JsonObject { ["projectId"] = _w.Project.Id, ["memberId"] = memberId ?? MemberId(chat.User) };
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        var response = await Bot.PostActivityAsync(_w.Teams.AdaptiveCardInvoke(chat.ConversationId, verb, data, chat.User, conversationType: "personal", locale: locale));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject();
    }

    private string MemberId(TeamsActivity.User user) => _w.Project.Members.Single(m => m.Person.AadObjectId == user.AadObjectId).Id;

    private static Dictionary<string, string> Acceptance() => new()
    {
        ["mandate"] = "DecidesAfterConsultation",
        ["substituteName"] = "Ruud Kok",
        ["substituteEmail"] = "ruud.kok@politie.nl",
        ["reportBack"] = "true",
    };

    [Fact]
    public async Task A_reachable_member_gets_the_invitation_in_their_chat_and_accepts_it_with_mandate_and_substitute()
    {
        var mark = Chat(_w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        Assert.Contains("Er staan geen uitnodigingen voor je klaar", mark.LastText);

        await _anna.SayAsync("uitnodigen");

        Assert.Contains("Uitnodiging verstuurd aan: Mark Jansen.", _anna.LastText);
        Assert.Contains("Nog niet te bereiken: Fatima el Amrani, Henk Mulder.", _anna.LastText);
        Assert.Contains("'uitnodigingen' te typen", _anna.LastText);
        var invitation = Assert.Single(Connector.SentTo(mark.ConversationId).Skip(1));
        Assert.Contains("Anna de Vries nodigt je uit om namens Politie in de werkgroep te zitten.", invitation.VisibleText);
        Assert.DoesNotContain("als Politie namens Politie", invitation.VisibleText);
        Assert.Contains("Je plaatsvervanger (naam, aangeraden)", invitation.Activity.ToJsonString());
        Assert.Equal(MemberStatus.Invited, (await ProjectAsync()).FindMember(MemberId(mark.User))!.Status);

        var card = ApprovalExamples.Read(await ClickAsync(mark, ApprovalVerbs.Accept, Acceptance()));

        Assert.Contains("Je hebt de uitnodiging aangenomen.", card);
        var seat = (await ProjectAsync()).FindMember(MemberId(mark.User))!;
        Assert.Equal(MemberStatus.Accepted, seat.Status);
        Assert.Equal(Mandate.DecidesAfterConsultation, seat.Mandate);
        Assert.Equal("ruud.kok@politie.nl", seat.Substitute?.Email);
        var audit = Assert.Single(await Bot.Services.GetRequiredService<ApprovalStore>().ListAuditAsync(_w.Project.Id, $"uitnodiging-{seat.Id}", default));
        Assert.Equal(mark.User.AadObjectId, audit.AadObjectId);
    }

    [Fact]
    public async Task Accepting_needs_a_mandate_and_the_achterban_commitment_and_a_substitute_given_in_full()
    {
        var mark = Chat(_w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        await _anna.SayAsync("uitnodigen");

        var noMandate = ApprovalExamples.Read(await ClickAsync(mark, ApprovalVerbs.Accept, new() { ["substituteName"] = "Ruud Kok", ["substituteEmail"] = "ruud.kok@politie.nl", ["reportBack"] = "false" }));
        Assert.Contains("Kies je mandaat en zeg toe dat je je achterban op de hoogte houdt.", noMandate);

        var noSubstitute = ApprovalExamples.Read(await ClickAsync(mark, ApprovalVerbs.Accept, new() { ["mandate"] = "CanDecide", ["reportBack"] = "true", ["substituteEmail"] = "geen-adres" }));
        Assert.Contains("Vul van je plaatsvervanger (een ander dan jijzelf) zowel de naam als een geldig e-mailadres in, of laat beide leeg.", noSubstitute);

        Assert.Equal(MemberStatus.Invited, (await ProjectAsync()).FindMember(MemberId(mark.User))!.Status);
    }

    [Theory]
    [InlineData("nl-NL", "Je hebt de uitnodiging aangenomen.")]
    [InlineData("en-US", "You accepted the invitation.")]
    public async Task A_member_accepts_without_a_substitute_and_the_achterban_promise_counts_for_factor_8(string locale, string accepted)
    {
        var mark = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, _w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        await _anna.SayAsync("uitnodigen");

        var card = ApprovalExamples.Read(await ClickAsync(mark, ApprovalVerbs.Accept, new() { ["mandate"] = "CanDecide", ["reportBack"] = "true" }, locale: locale));

        Assert.Contains(accepted, card);
        var project = await ProjectAsync();
        var seat = project.FindMember(MemberId(mark.User))!;
        Assert.Equal(MemberStatus.Accepted, seat.Status);
        Assert.Null(seat.Substitute);
        Assert.True(seat.ReportsBack);
        Assert.Contains(FormationChecks.Evaluate(project), o => o.Kind == OpenPointKind.MemberWithoutSubstitute && o.Subject == seat.Id && o.Severity == Severity.Advice);

        // Factor 8 follows the promises: open while others have not made it, in order once everyone has.
        Assert.Equal(SuggestedStatus.LooksOpen, SuccessFactorAdvice.Evaluate(project).Single(s => s.Factor == SuccessFactor.ReportBackToConstituency).Suggested);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id), p =>
        {
            foreach (var other in p.Members.Where(m => m.Id != seat.Id))
            {
                p.SetReportsBack(other.Id, true, other.Person, DateTimeOffset.UtcNow);
            }
        }, default);
        Assert.Equal(SuggestedStatus.LooksMet, SuccessFactorAdvice.Evaluate(await ProjectAsync()).Single(s => s.Factor == SuccessFactor.ReportBackToConstituency).Suggested);
    }

    [Fact]
    public async Task A_member_fetches_the_invitation_later_declines_with_a_reason_and_the_projectleider_is_told_once()
    {
        await _anna.SayAsync("uitnodigen");
        var fatima = Chat(_w.Members[1]);
        await fatima.SayAsync("uitnodigingen");
        Assert.Contains("nodigt je uit om als Afdelingsbestuur KHN", fatima.LastText);

        var noReason = ApprovalExamples.Read(await ClickAsync(fatima, ApprovalVerbs.Decline, []));
        Assert.Contains("Laat de projectleider weten waarom je afwijst.", noReason);

        var before = Connector.SentTo(_anna.ConversationId).Count();
        var declined = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ClickAsync(fatima, ApprovalVerbs.Decline, new() { ["reason"] = "Ik stop binnenkort bij KHN" })));

        Assert.All(declined, card => Assert.Contains("Je hebt de uitnodiging afgewezen: Ik stop binnenkort bij KHN", ApprovalExamples.Read(card)));
        var told = Connector.SentTo(_anna.ConversationId).Skip(before).ToList();
        Assert.Single(told, s => s.VisibleText.Contains("Fatima el Amrani heeft de uitnodiging als Afdelingsbestuur KHN afgewezen: Ik stop binnenkort bij KHN", StringComparison.Ordinal));
        Assert.Single(told, s => s.Cards.Any());
        Assert.Equal(MemberStatus.Declined, (await ProjectAsync()).FindMember(MemberId(fatima.User))!.Status);
    }

    [Fact]
    public async Task Only_the_invitee_can_answer_and_anyone_else_changes_nothing()
    {
        await _anna.SayAsync("uitnodigen");
        var henk = Chat(_w.Members[2]);
        var markSeat = MemberId(_w.Members[0]);

        var card = ApprovalExamples.Read(await ClickAsync(henk, ApprovalVerbs.Decline, new() { ["reason"] = "sabotage" }, memberId: markSeat));
        Assert.Contains("Deze uitnodiging is voor iemand anders. Er is niets veranderd.", card);

        var projectleider = ApprovalExamples.Read(await ClickAsync(_anna, ApprovalVerbs.Accept, Acceptance(), memberId: markSeat));
        Assert.Contains("Deze uitnodiging is voor iemand anders.", projectleider);

        Assert.NotEqual(MemberStatus.Declined, (await ProjectAsync()).FindMember(markSeat)!.Status);
        Assert.NotEqual(MemberStatus.Accepted, (await ProjectAsync()).FindMember(markSeat)!.Status);
    }

    [Fact]
    public async Task An_invitation_to_a_replaced_representative_is_void()
    {
        var mark = Chat(_w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        await _anna.SayAsync("uitnodigen");
        var seat = MemberId(mark.User);
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id),
            p => p.ReplaceRepresentative(seat, ApprovalExamples.Person(ApprovalExamples.NewUser("Anouk Vos")), pl, ApprovalExamples.Start), default);

        var card = ApprovalExamples.Read(await ClickAsync(mark, ApprovalVerbs.Accept, Acceptance(), memberId: seat));

        Assert.Contains("Deze kaart is niet (meer) geldig.", card);
        Assert.Equal(MemberStatus.Proposed, (await ProjectAsync()).FindMember(seat)!.Status);
    }

    [Fact]
    public async Task Members_without_a_teams_account_are_listed_with_what_to_do()
    {
        var pl = ApprovalExamples.Person(_w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id),
            p => p.AddMember(WerkgroepRole.Brandweer, new PersonRef("Ruud Kok", null, "ruud.kok@vrijsselland.nl"), null, pl, ApprovalExamples.Start), default);

        await _anna.SayAsync("uitnodigen");

        Assert.Contains("Zonder Teams-account in het project: Ruud Kok.", _anna.LastText);
    }

    [Fact]
    public async Task The_projectleider_reads_every_answer_in_the_audit_trail_with_who_what_when_and_version()
    {
        var mark = Chat(_w.Members[0]);
        await mark.SayAsync("uitnodigingen");
        await _anna.SayAsync("uitnodigen");
        await ClickAsync(mark, ApprovalVerbs.Accept, Acceptance());
        await _w.SayInChannelAsync("voorleggen samenstelling");
        await _w.InvokeAsync(_w.Members[1], ApprovalVerbs.Object, ApprovalExamples.Data("samenstelling", _w.Project.Id, comment: "Brandweer ontbreekt"));

        await _anna.SayAsync("logboek");

        Assert.Contains($"Uitnodiging Politie · Mark Jansen ({mark.User.AadObjectId}) · akkoord · versie 1", _anna.LastText);
        Assert.Contains($"Samenstelling van de werkgroep · Fatima el Amrani ({_w.Members[1].AadObjectId}) · bezwaar · versie 1 · Brandweer ontbreekt", _anna.LastText);

        await mark.SayAsync("logboek");
        Assert.DoesNotContain("Logboek van KVU", mark.LastText);
    }

    [Fact]
    public async Task An_accepted_member_finds_the_project_in_their_own_dashboard_list_until_the_seat_goes_to_someone_else()
    {
        var mark = Chat(_w.Members[0]);
        await _anna.SayAsync("uitnodigen");
        Assert.Empty(await DashboardListAsync(mark.User));

        await ClickAsync(mark, ApprovalVerbs.Accept, Acceptance());

        var listed = Assert.Single(await DashboardListAsync(mark.User))!;
        Assert.Equal(_w.Project.Id, (string?)listed["id"]);
        Assert.Equal("Member", (string?)listed["role"]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await DashboardGetAsync(mark.User, $"/projects/{_w.Project.Id}")).StatusCode);

        // The politie sends someone else: Mark's seat is no longer his, so the project leaves his list once he looks.
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, _w.Project.Id),
            p => p.ReplaceRepresentative(MemberId(mark.User), new PersonRef("Ruud Kok", null, "ruud.kok@politie.nl"), ApprovalExamples.Person(_w.Projectleider), ApprovalExamples.Start), default);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await DashboardGetAsync(mark.User, $"/projects/{_w.Project.Id}")).StatusCode);
        Assert.Empty(await DashboardListAsync(mark.User));
    }

    private async Task<HttpResponseMessage> DashboardGetAsync(TeamsActivity.User user, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DashboardEndpoints.ApiPath + path);
        request.Headers.Add(DashboardAuthentication.DevelopmentHeader, $"{TeamsActivity.TenantId}/{user.AadObjectId}");
        return await Bot.CreateClient().SendAsync(request);
    }

    private async Task<JsonArray> DashboardListAsync(TeamsActivity.User user)
    {
        var response = await DashboardGetAsync(user, "/projects");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }
}
