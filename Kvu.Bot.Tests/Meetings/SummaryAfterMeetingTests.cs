using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>
/// Once a planned meeting has ended, the progress summary appears in the werkgroep channel — once, even with two
/// instances of the bot running the loop against the same storage. Dates lie in early 2025 so that meetings other
/// tests plan (autumn 2026) in the shared Azurite are never due here.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryAfterMeetingTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private static readonly DateTimeOffset MarchStart = DateTimeOffset.Parse("2025-03-03T11:00:00+01:00");

    [Fact]
    public async Task Two_instances_post_the_summary_once_after_the_meeting_has_ended()
    {
        var w = await new MeetingExamples(Bot, Connector).SeedAsync();
        await w.PlannedAsync("AAMk-ended=", MarchStart, TimeSpan.FromHours(1));
        await using var second = new KvuBotApplication(Azurite.ConnectionString);
        var one = Bot.Services.GetRequiredService<MeetingSummaryRunner>();
        var two = second.Services.GetRequiredService<MeetingSummaryRunner>();
        var end = MarchStart.AddHours(1);

        var during = await Task.WhenAll(one.RunOnceAsync(end.AddMinutes(-1), CancellationToken.None), two.RunOnceAsync(end.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(0, during.Sum());
        Assert.Empty(w.SentInChannel());

        var after = await Task.WhenAll(one.RunOnceAsync(end.AddMinutes(1), CancellationToken.None), two.RunOnceAsync(end.AddMinutes(1), CancellationToken.None));
        Assert.Equal(1, after.Sum());
        var card = Assert.Single(Assert.Single(w.SentInChannel()).Cards);
        var text = MeetingExamples.Read(card);
        Assert.Contains("Voortgang KVU Zwolle – Binnenstad Zwolle", text);
        Assert.Contains("Na Overleg KVU-werkgroep Zwolle van maandag 3 maart 2025 11:00–12:00 (Nederlandse tijd)", text);
        Assert.Contains("Open besluiten (0)", text);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));

        var later = await Task.WhenAll(one.RunOnceAsync(end.AddMinutes(30), CancellationToken.None), two.RunOnceAsync(end.AddMinutes(30), CancellationToken.None));
        Assert.Equal(0, later.Sum());
        Assert.Single(w.SentInChannel());
        var stored = await w.Meetings.GetAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), "AAMk-ended=", CancellationToken.None);
        Assert.Equal(end.AddMinutes(1), stored!.SummaryPostedAt);
    }

    [Fact]
    public async Task A_cancelled_meeting_gets_no_summary()
    {
        var w = await new MeetingExamples(Bot, Connector).SeedAsync();
        var planned = await w.PlannedAsync("AAMk-off=", MarchStart.AddDays(1), TimeSpan.FromHours(1));
        var read = await w.Meetings.GetAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), planned.EventId, CancellationToken.None);
        await w.Meetings.UpdateAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), read!, read! with { Cancelled = true }, CancellationToken.None);

        await Bot.Services.GetRequiredService<MeetingSummaryRunner>().RunOnceAsync(planned.End.AddMinutes(5), CancellationToken.None);

        Assert.Empty(w.SentInChannel());
    }

    [Fact]
    public async Task The_background_loop_posts_the_summary_when_the_clock_passes_the_end_of_the_meeting()
    {
        var start = DateTimeOffset.Parse("2025-02-03T11:00:00+01:00");
        var clock = new FakeTimeProvider(start.AddMinutes(30));
        await using var bot = new KvuBotApplication(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Meetings:AutoSummaryEnabled"] = "true",
            ["Meetings:PollInterval"] = "00:00:05",
        }, services => services.AddSingleton<TimeProvider>(clock));
        var w = await new MeetingExamples(bot, Connector).SeedAsync();
        await w.PlannedAsync("AAMk-loop=", start, TimeSpan.FromHours(1));

        // Tick by tick (the loop runs every 5 s of fake time) until the meeting has ended.
        while (clock.GetUtcNow() < start.AddHours(1).AddSeconds(5))
        {
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var posted = await Connector.WaitForAsync(s => s.ConversationId == w.Channel);
        Assert.Contains("Na Overleg KVU-werkgroep Zwolle van maandag 3 februari 2025 11:00–12:00 (Nederlandse tijd)", MeetingExamples.Read(Assert.Single(posted.Cards)));
    }
}
