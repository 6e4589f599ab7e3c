using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.StatusPosts;

public sealed class ReportCardTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly IReportSection[] Sections = [new SuccessFactorsSection(), new OpenPointsSection(), new ChangesSection()];

    [Fact]
    public void The_werkgroep_reads_who_joined_and_what_was_decided_since_last_week()
    {
        var project = Zwolle();
        project.CompleteTask(ProjectleiderTask.AppointSecretaris, Marieke, Day(8));
        project.SetSuccessFactor(SuccessFactor.AgreedTerms, SuccessFactorStatus.Met, null, Marieke, Day(8));

        var text = CardJson.AllText(ReportCard.Build(Weekly(project, Day(6).AddHours(12), Day(12), Dutch), Sections));

        Assert.Contains("Weekstatus Zwolle – Binnenstad Zwolle", text);
        Assert.Contains("Wim Hendriks", text);
        Assert.Contains("doet mee", text);
        Assert.Contains("taak klaar:", text);
        Assert.Contains("succesfactor in orde:", text);
        Assert.Contains("Succesfactoren: 1 van 10 in orde", text);
        Assert.DoesNotContain("voorgesteld als", text); // the seats were proposed before the period
    }

    [Fact]
    public void Open_points_name_who_has_not_answered_and_the_missing_roles()
    {
        var project = NewProject();
        var member = project.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        project.SetMemberStatus(member.Id, MemberStatus.Invited, Marieke, Day(1));

        var text = CardJson.AllText(ReportCard.Build(Weekly(project, Day(0), Day(2), Dutch), Sections));

        Assert.Contains("wacht op antwoord: Ingrid Bakker", text);
        Assert.Contains("Open punten", text);
        Assert.DoesNotContain("Geen open punten", text);
    }

    [Fact]
    public void Sections_appear_in_their_order_and_a_later_feature_can_add_one()
    {
        var card = ReportCard.Build(Weekly(NewProject(), Day(0), Day(2), Dutch), [.. Sections, new MeetingsSection()]);
        var text = CardJson.AllText(card);

        Assert.True(text.IndexOf("Sinds vorige week", StringComparison.Ordinal) < text.IndexOf("Overleg deze week", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Overleg deze week", StringComparison.Ordinal) < text.IndexOf("Open punten", StringComparison.Ordinal));
    }

    [Fact]
    public void Its_buttons_lead_back_into_the_bot()
    {
        var card = ReportCard.Build(Weekly(Zwolle(), Day(6), Day(12), Dutch), Sections);

        Assert.True(CardJson.HasData(card, (CardVerb.Field, "status")));
        Assert.True(CardJson.HasData(card, (CardVerb.Field, "succesfactoren")));
        Assert.True(CardJson.HasData(card, (CardVerb.Field, "weekstatus")));
    }

    [Fact]
    public async Task A_busy_week_still_fits_in_one_valid_Teams_message()
    {
        var project = NewProject();
        for (var i = 0; i < 60; i++)
        {
            var person = new PersonRef($"Horeca-ondernemer met een lange naam nummer {i}", null, $"ondernemer{i}@voorbeeld.nl");
            var member = project.AddMember(WerkgroepRole.HorecaOndernemer, person, $"Café nummer {i} aan de lange straat", Marieke, Day(1));
            project.SetMemberStatus(member.Id, i % 2 == 0 ? MemberStatus.Accepted : MemberStatus.Invited, Marieke, Day(2));
        }

        var card = ReportCard.Build(Weekly(project, Day(0), Day(3), Dutch), Sections);

        Assert.InRange(CardJson.Utf8Size(card), 1, ReportCard.MaxBytes - 2048);
        Assert.Contains("andere wijziging", CardJson.AllText(card));
        var english = ReportCard.Build(Weekly(project, Day(0), Day(3), CultureInfo.GetCultureInfo("en-US")), Sections);
        Assert.Contains("Weekly status", CardJson.AllText(english));
        var problems = await AdaptiveCardValidator.ValidateAsync([card, english]);
        Assert.All(problems, p => Assert.Empty(p));
    }

    [Fact]
    public void Every_text_exists_in_dutch_and_english()
    {
        var english = CultureInfo.GetCultureInfo("en-US");
        foreach (var key in ResourceKeys.Texts(StatusText.ResourceManager))
        {
            var nl = StatusText.ResourceManager.GetString(key, Dutch);
            var en = StatusText.ResourceManager.GetString(key, english);
            Assert.False(string.IsNullOrWhiteSpace(nl), key);
            Assert.False(string.IsNullOrWhiteSpace(en), key);
            Assert.True(nl != en, $"{key} is not translated");
        }
    }

    [Fact]
    public void An_english_speaking_projectleider_reads_the_card_in_english()
    {
        var project = NewProject();
        var member = project.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(1));
        project.SetMemberStatus(member.Id, MemberStatus.Invited, Marieke, Day(1));

        var text = CardJson.AllText(ReportCard.Build(Weekly(project, Day(0), Day(2), CultureInfo.GetCultureInfo("en-US")), Sections));

        Assert.Contains("Since last week", text);
        Assert.Contains("awaiting reply: Ingrid Bakker", text);
        Assert.Contains("Weekly status settings", text);
        Assert.DoesNotContain("Open punten", text);
    }

    private static ReportContext Weekly(KvuProject project, DateTimeOffset since, DateTimeOffset now, CultureInfo culture) =>
        new(project, ReportKind.Weekly, since, now, culture);

    private sealed class MeetingsSection : IReportSection
    {
        public int Order => 200;

        public bool ShowsIn(ReportKind kind) => true;

        public IReadOnlyList<JsonObject> Build(ReportContext context) =>
            [new JsonObject { ["type"] = "TextBlock", ["text"] = "Overleg deze week", ["wrap"] = true }];
    }
}
