using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.StatusPosts;

/// <summary>What the werkgroep reads in the Monday post, read from the other features' stores in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatusPostContentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Wednesday 4 March 2026, 10:00 in Amsterdam; Monday 9 March 2026, 09:00 in Amsterdam = 08:00 UTC.</summary>
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayNine = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private FakeBotConnector _connector = null!;
    private StatusPostHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = await StatusPostHarness.StartAsync(azurite.ConnectionString, await StatusPostHarness.NewTablesAsync(azurite.ConnectionString), Wednesday, _connector);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_post_lists_the_meetings_held_since_last_week_and_the_next_one_planned()
    {
        var (project, channel) = await _bot.LinkedProjectAsync(Wednesday);
        var meetings = _bot.Bot.Services.GetRequiredService<MeetingStore>();
        // Thursday 5 March 14:00-15:00 (held), Wednesday 25 February (before last week's post), Tuesday 17 March 10:00 (planned).
        await meetings.SaveAsync(project.Key, Meeting("Kick-off KVU Zwolle", new DateTimeOffset(2026, 3, 5, 13, 0, 0, TimeSpan.Zero)), default);
        await meetings.SaveAsync(project.Key, Meeting("Vooroverleg", new DateTimeOffset(2026, 2, 25, 13, 0, 0, TimeSpan.Zero)), default);
        await meetings.SaveAsync(project.Key, Meeting("Werkgroepoverleg 2", new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.Zero)), default);

        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        var card = _connector.SentTo(channel).Single().Cards.Single();
        var text = CardJson.AllText(card);
        Assert.Contains("Overleg", text);
        Assert.Contains("gehouden: Kick-off KVU Zwolle, donderdag 5 maart 14:00", text);
        Assert.Contains("gepland: Werkgroepoverleg 2, dinsdag 17 maart 10:00", text);
        Assert.DoesNotContain("Vooroverleg", text);
        Assert.DoesNotContain("Geen overleg gepland", text);
        Assert.True(text.IndexOf("Sinds vorige week", StringComparison.Ordinal) < text.IndexOf("gehouden:", StringComparison.Ordinal));
        Assert.True(text.IndexOf("gepland:", StringComparison.Ordinal) < text.IndexOf("Open punten", StringComparison.Ordinal));
        Assert.All(await AdaptiveCardValidator.ValidateAsync([card]), p => Assert.Empty(p));
    }

    [Fact]
    public async Task In_a_tenant_with_many_projects_each_post_shows_its_own_projects_meetings()
    {
        // Twelve projects due at once: the run reads the tenant's meetings in one query instead of one per project.
        var linked = new List<(KvuProject Project, string Channel)>();
        for (var i = 0; i < 12; i++)
        {
            linked.Add(await _bot.LinkedProjectAsync(Wednesday, gemeente: $"Gemeente {i}"));
        }

        var meetings = _bot.Bot.Services.GetRequiredService<MeetingStore>();
        var (first, firstChannel) = linked[0];
        var (last, lastChannel) = linked[^1];
        await meetings.SaveAsync(first.Key, Meeting("Kick-off Gemeente 0", new DateTimeOffset(2026, 3, 5, 13, 0, 0, TimeSpan.Zero)), default);
        await meetings.SaveAsync(last.Key, Meeting("Werkgroepoverleg Gemeente 11", new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.Zero)), default);
        var cancelled = Meeting("Afgelast overleg", new DateTimeOffset(2026, 3, 18, 9, 0, 0, TimeSpan.Zero)) with { Cancelled = true };
        await meetings.SaveAsync(last.Key, cancelled, default);

        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        var firstText = CardJson.AllText(_connector.SentTo(firstChannel).Single().Cards.Single());
        var lastText = CardJson.AllText(_connector.SentTo(lastChannel).Single().Cards.Single());
        Assert.Contains("gehouden: Kick-off Gemeente 0, donderdag 5 maart 14:00", firstText);
        Assert.DoesNotContain("Werkgroepoverleg Gemeente 11", firstText);
        Assert.Contains("gepland: Werkgroepoverleg Gemeente 11, dinsdag 17 maart 10:00", lastText);
        Assert.DoesNotContain("Kick-off Gemeente 0", lastText);
        Assert.DoesNotContain("Afgelast overleg", lastText);
        Assert.All(linked.Skip(1).SkipLast(1), p => Assert.Contains("Geen overleg gepland", CardJson.AllText(_connector.SentTo(p.Channel).Single().Cards.Single())));
    }

    [Fact]
    public async Task A_meeting_held_while_no_post_went_out_is_on_the_next_post()
    {
        var (project, channel) = await _bot.LinkedProjectAsync(Wednesday);
        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        // Thursday 12 March 14:00, after the first post; the bot is down over the next Monday, so the next post is on 23 March.
        var meetings = _bot.Bot.Services.GetRequiredService<MeetingStore>();
        await meetings.SaveAsync(project.Key, Meeting("Schouw binnenstad", new DateTimeOffset(2026, 3, 12, 13, 0, 0, TimeSpan.Zero)), default);
        await _bot.RunAtAsync(MondayNine.AddDays(14).AddMinutes(1));

        var posts = _connector.SentTo(channel).ToList();
        Assert.Equal(2, posts.Count);
        Assert.DoesNotContain("Schouw binnenstad", CardJson.AllText(posts[0].Cards.Single()));
        Assert.Contains("gehouden: Schouw binnenstad, donderdag 12 maart 14:00", CardJson.AllText(posts[1].Cards.Single()));
    }

    [Fact]
    public async Task Without_a_planned_meeting_the_post_says_how_to_plan_one()
    {
        var (_, channel) = await _bot.LinkedProjectAsync(Wednesday);

        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        Assert.Contains("Geen overleg gepland: typ `vergadering`", CardJson.AllText(_connector.SentTo(channel).Single().Cards.Single()));
    }

    [Fact]
    public async Task Members_who_have_not_answered_for_longer_than_the_reminder_days_are_named_as_overdue()
    {
        var (project, channel) = await _bot.LinkedProjectAsync(Wednesday);
        var projects = _bot.Bot.Services.GetRequiredService<ProjectStore>();
        var invitations = _bot.Bot.Services.GetRequiredService<InvitationStore>();
        var approvals = _bot.Bot.Services.GetRequiredService<ApprovalStore>();
        string ingrid = null!, henk = null!;
        // Ingrid was invited on Wednesday (5 days before the post: late), Henk on Saturday (2 days: not yet).
        project = (await projects.UpdateAsync(project.Key, p =>
        {
            ingrid = p.AddMember(WerkgroepRole.Politie, Ingrid, "Politie Oost-Nederland", Marieke, Wednesday).Id;
            p.SetMemberStatus(ingrid, MemberStatus.Invited, Marieke, Wednesday);
            henk = p.AddMember(WerkgroepRole.HorecaOndernemer, Henk, "Café De Mulder", Marieke, Wednesday).Id;
            p.SetMemberStatus(henk, MemberStatus.Invited, Marieke, Wednesday);
            p.SetMemberStatus(p.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Wednesday).Id, MemberStatus.Accepted, Marieke, Wednesday);
            p.SetMemberStatus(p.AddMember(WerkgroepRole.Brandweer, Jeroen, null, Marieke, Wednesday).Id, MemberStatus.Accepted, Marieke, Wednesday);
        }, default))!;
        await invitations.SaveAsync(Invite(project, ingrid, Ingrid, Wednesday), default);
        await invitations.SaveAsync(Invite(project, henk, Henk, MondayNine.AddDays(-2)), default);

        // The samenstelling was put to the werkgroep on Thursday (4 days before the post); all but Wim agreed.
        var decision = DecisionContent.NewDecision(project, GroupDecisionKind.Samenstelling, DecisionContent.Composition(project), DecisionContent.Seats(project), "aad-marieke", Wednesday.AddDays(1));
        await approvals.UpdateDecisionAsync(project.Key, GroupDecisionKind.Samenstelling, _ => decision, inLineWith: null, by: null, default);
        foreach (var voter in decision.Voters.Where(v => v.DisplayName != Wim.DisplayName))
        {
            await approvals.RecordAsync(project.Id, new ApprovalResponse("samenstelling", 1, voter.AadObjectId, voter.DisplayName, ApprovalAnswer.Agree, null, Wednesday.AddDays(2)), default);
        }

        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        var card = _connector.SentTo(channel).Single().Cards.Single();
        var lines = CardJson.Texts(card);
        Assert.Contains("• ⏰ meer dan 3 dagen geen antwoord op de uitnodiging: Ingrid Bakker", lines);
        Assert.Contains("• wacht op antwoord: Henk Mulder", lines);
        // Ingrid and Henk hold seats but cannot answer before they are linked to Teams: named with Wim.
        Assert.Contains("• ⏰ Samenstelling van de werkgroep: meer dan 3 dagen geen akkoord van Wim Hendriks, Ingrid Bakker, Henk Mulder", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Samenstelling", StringComparison.Ordinal) && l.Contains("Jeroen Bos", StringComparison.Ordinal)); // he agreed
        Assert.All(await AdaptiveCardValidator.ValidateAsync([card]), p => Assert.Empty(p));
    }

    [Fact]
    public async Task A_decision_put_to_the_werkgroep_recently_is_waiting_not_overdue()
    {
        var (project, channel) = await _bot.LinkedProjectAsync(Wednesday);
        project = (await _bot.Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(project.Key,
            p => p.AddMember(WerkgroepRole.Politie, Ingrid, "Politie", Marieke, Wednesday), default))!;
        await _bot.Bot.Services.GetRequiredService<ApprovalStore>().UpdateDecisionAsync(project.Key, GroupDecisionKind.Begrippenlijst, _ => new GroupDecision
        {
            ProjectId = project.Id,
            TenantId = project.TenantId,
            Kind = GroupDecisionKind.Begrippenlijst,
            ProjectName = "Zwolle – Binnenstad",
            Items = ["Uitgaansgebied: de binnenstad binnen de grachten"],
            Voters = [new Voter("aad-ingrid", Ingrid.DisplayName, "m-ingrid")],
            StartedBy = "aad-marieke",
            UpdatedAt = MondayNine.AddDays(-1),
        }, inLineWith: null, by: null, default);

        await _bot.RunAtAsync(MondayNine.AddMinutes(1));

        var lines = CardJson.Texts(_connector.SentTo(channel).Single().Cards.Single());
        Assert.Contains("• Begrippenlijst: wacht op akkoord van Ingrid Bakker", lines);
        Assert.DoesNotContain(lines, l => l.Contains('⏰', StringComparison.Ordinal));
    }

    private static ScheduledMeeting Meeting(string subject, DateTimeOffset start) =>
        new($"AAMk{Guid.NewGuid():N}/+=", "aad-marieke", subject, start, start.AddHours(1), "https://teams.microsoft.com/l/meetup-join/x");

    private static Invitation Invite(KvuProject project, string memberId, PersonRef who, DateTimeOffset at) =>
        new(project.TenantId, project.Id, "Zwolle – Binnenstad", memberId, WerkgroepRole.Politie, "Politie", $"aad-{who.DisplayName}",
            who.DisplayName, Marieke.DisplayName, "a:personal", "nl-NL", at);
}
