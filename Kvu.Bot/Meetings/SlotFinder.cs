namespace Kvu.Bot.Meetings;

/// <summary>
/// Pure: proposes up to three meeting times within working hours (09:00–17:00 Europe/Amsterdam, Monday–Friday),
/// in steps of half an hour, where all required invitees are free, or else where the fewest are busy.
/// Every candidate is built from the wall-clock time of its own day, so a week with a DST change (last Sunday of
/// October/March) still proposes 09:00 local, not 08:00 or 10:00.
/// </summary>
public static class SlotFinder
{
    public const int MaxProposals = 3;

    public static readonly TimeOnly WorkdayStart = new(9, 0);
    public static readonly TimeOnly WorkdayEnd = new(17, 0);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(30);

    public static IReadOnlyList<SlotProposal> Find(
        MeetingRequest request, IReadOnlyList<AttendeeAvailability> attendees, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Duration, TimeSpan.Zero);
        var required = attendees.Where(a => a.Required && a.MailboxError is null).ToList();
        var firstDay = DutchTime.Date(now);
        var candidates = new List<SlotProposal>();

        for (var day = firstDay; day < firstDay.AddDays(Math.Max(1, request.WindowDays)); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var dayEnd = DutchTime.At(day, WorkdayEnd);
            for (var start = DutchTime.At(day, WorkdayStart); start + request.Duration <= dayEnd; start += Step)
            {
                if (start < now)
                {
                    continue;
                }

                var end = start + request.Duration;
                var busy = required
                    .Where(a => a.Busy.Any(b => b.Start < end && start < b.End))
                    .Select(a => a.DisplayName)
                    .ToList();
                candidates.Add(new SlotProposal(start, end, busy));
            }
        }

        // Fewest busy first, then earliest; at most one per day on the first pass so the projectleider gets a real
        // choice, and never two proposals that overlap.
        // Only the best level is proposed: a slot where someone is busy is never offered while an all-free one exists.
        var fewestBusy = candidates.Count == 0 ? 0 : candidates.Min(c => c.Busy.Count);
        var ranked = candidates.Where(c => c.Busy.Count == fewestBusy).OrderBy(c => c.Start).ToList();
        var chosen = new List<SlotProposal>();
        foreach (var onePerDay in new[] { true, false })
        {
            foreach (var slot in ranked)
            {
                if (chosen.Count == MaxProposals)
                {
                    break;
                }

                var overlaps = chosen.Any(c => c.Start < slot.End && slot.Start < c.End);
                var sameDay = chosen.Any(c => c.Start.Date == slot.Start.Date);
                if (!overlaps && !(onePerDay && sameDay))
                {
                    chosen.Add(slot);
                }
            }
        }

        return chosen.OrderBy(c => c.Start).ToList();
    }
}
