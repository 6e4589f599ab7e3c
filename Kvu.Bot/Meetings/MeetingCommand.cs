using System.Text.RegularExpressions;

namespace Kvu.Bot.Meetings;

// "vergadering [kick-off] [90 min|2 uur] [10 dagen]" → a MeetingRequest. Defaults: werkgroep overleg, 1 hour,
// the next 10 days.
public static partial class MeetingCommand
{
    public static MeetingRequest? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (!(t.StartsWith("vergadering", StringComparison.Ordinal) || t.StartsWith("meeting", StringComparison.Ordinal)))
        {
            return null;
        }

        var kind = t.Contains("kick", StringComparison.Ordinal) ? MeetingKind.KickOff : MeetingKind.WerkgroepOverleg;
        var duration = TimeSpan.FromHours(1);
        if (Minutes().Match(t) is { Success: true } m)
        {
            duration = TimeSpan.FromMinutes(int.Parse(m.Groups[1].Value));
        }
        else if (Hours().Match(t) is { Success: true } h)
        {
            duration = TimeSpan.FromHours(int.Parse(h.Groups[1].Value));
        }

        var window = Days().Match(t) is { Success: true } d ? int.Parse(d.Groups[1].Value) : 10;
        int? every = Weeks().Match(t) is { Success: true } w ? int.Parse(w.Groups[1].Value) : null;
        return new MeetingRequest(kind, duration, Math.Clamp(window, 1, 60), every);
    }

    [GeneratedRegex(@"(\d{1,3})\s*min")] private static partial Regex Minutes();
    [GeneratedRegex(@"(\d{1,2})\s*(uur|hour)")] private static partial Regex Hours();
    [GeneratedRegex(@"(\d{1,2})\s*(dagen|days)")] private static partial Regex Days();

    [GeneratedRegex(@"(?:elke|every)\s*(\d{1,2})\s*(?:weken|weeks)")] private static partial Regex Weeks();
}
