using Kvu.Bot.Meetings;

namespace Kvu.Bot.Tests.Meetings;

public class SlotFinderTests
{
    private static readonly MeetingRequest TwoHoursThisWeek = new(MeetingKind.WerkgroepOverleg, TimeSpan.FromHours(2), 7);

    private static AttendeeAvailability Free(string name) => new(name, name + "@zwolle.nl", true, []);

    private static AttendeeAvailability Busy(string name, params (string Start, string End)[] blocks) =>
        new(name, name + "@zwolle.nl", true, blocks.Select(b => new BusyInterval(DateTimeOffset.Parse(b.Start), DateTimeOffset.Parse(b.End))).ToList());

    [Fact]
    public void Everyone_free_gives_three_mornings_at_nine_on_different_days()
    {
        // Monday 2 November 2026, 08:00 in Amsterdam (winter time, +01:00).
        var now = DateTimeOffset.Parse("2026-11-02T08:00:00+01:00");

        var slots = SlotFinder.Find(TwoHoursThisWeek, [Free("Anna"), Free("Bram")], now);

        Assert.Equal(
            ["2026-11-02T09:00:00+01:00", "2026-11-03T09:00:00+01:00", "2026-11-04T09:00:00+01:00"],
            slots.Select(s => s.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz")));
        Assert.All(slots, s => Assert.Empty(s.Busy));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(2), s.End - s.Start));
    }

    [Fact]
    public void Week_with_the_october_DST_change_still_proposes_nine_o_clock_local_on_both_sides()
    {
        // Friday 23 October 2026 (summer time, +02:00); clocks go back on Sunday 25 October 03:00 → 02:00.
        var now = DateTimeOffset.Parse("2026-10-23T10:00:00+02:00");

        var slots = SlotFinder.Find(TwoHoursThisWeek, [Free("Anna")], now);

        // Friday from 10:00 on (09:00 has passed) in +02:00, then Monday and Tuesday at 09:00 in +01:00:
        // 08:00 UTC, not 07:00 UTC.
        Assert.Equal(
            ["2026-10-23T10:00:00+02:00", "2026-10-26T09:00:00+01:00", "2026-10-27T09:00:00+01:00"],
            slots.Select(s => s.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz")));
        Assert.Equal(new DateTime(2026, 10, 26, 8, 0, 0), slots[1].Start.UtcDateTime);
    }

    [Fact]
    public void Busy_blocks_given_in_UTC_are_respected_across_the_DST_change()
    {
        var now = DateTimeOffset.Parse("2026-10-26T07:00:00+01:00");
        // Anna is busy Monday 26 Oct 08:00–12:00 UTC = 09:00–13:00 Amsterdam; every other day free.
        var anna = Busy("Anna", ("2026-10-26T08:00:00Z", "2026-10-26T12:00:00Z"));

        var slots = SlotFinder.Find(new MeetingRequest(MeetingKind.KickOff, TimeSpan.FromHours(2), 1), [anna], now);

        Assert.Equal("2026-10-26T13:00:00+01:00", slots[0].Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
        Assert.All(slots, s => Assert.Empty(s.Busy));
    }

    [Fact]
    public void When_nobody_time_suits_all_the_fewest_busy_are_named()
    {
        var now = DateTimeOffset.Parse("2026-11-02T08:00:00+01:00");
        // One day, 09:00–17:00. Anna busy all day; Bram busy in the morning; Carla free.
        var anna = Busy("Anna", ("2026-11-02T09:00:00+01:00", "2026-11-02T17:00:00+01:00"));
        var bram = Busy("Bram", ("2026-11-02T09:00:00+01:00", "2026-11-02T12:00:00+01:00"));

        var slots = SlotFinder.Find(new MeetingRequest(MeetingKind.KickOff, TimeSpan.FromHours(1), 1), [anna, bram, Free("Carla")], now);

        Assert.Equal(3, slots.Count);
        Assert.All(slots, s => Assert.Equal(["Anna"], s.Busy));
        Assert.True(slots[0].Start >= DateTimeOffset.Parse("2026-11-02T12:00:00+01:00"));
    }

    [Fact]
    public void Weekend_and_times_outside_working_hours_are_never_proposed()
    {
        var now = DateTimeOffset.Parse("2026-11-06T16:30:00+01:00"); // Friday late afternoon

        var slots = SlotFinder.Find(new MeetingRequest(MeetingKind.KickOff, TimeSpan.FromHours(1), 4), [Free("Anna")], now);

        Assert.Equal("2026-11-09T09:00:00+01:00", slots[0].Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
        Assert.All(slots, s => Assert.DoesNotContain(s.Start.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
    }

    [Fact]
    public void Optional_attendees_and_people_without_a_mailbox_do_not_block_a_slot()
    {
        var now = DateTimeOffset.Parse("2026-11-02T08:00:00+01:00");
        var adviser = new AttendeeAvailability("Regioadviseur", "r@khn.nl", false,
            [new BusyInterval(DateTimeOffset.Parse("2026-11-02T09:00:00+01:00"), DateTimeOffset.Parse("2026-11-02T17:00:00+01:00"))]);
        var noMailbox = new AttendeeAvailability("Piet", "piet@cafe.nl", true, [], "The specified mailbox was not found");

        var slots = SlotFinder.Find(new MeetingRequest(MeetingKind.KickOff, TimeSpan.FromHours(1), 1), [adviser, noMailbox], now);

        Assert.Equal("2026-11-02T09:00:00+01:00", slots[0].Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
        Assert.All(slots, s => Assert.Empty(s.Busy));
    }
}
