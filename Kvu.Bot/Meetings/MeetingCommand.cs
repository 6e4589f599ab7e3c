using System.Text.RegularExpressions;

namespace Kvu.Bot.Meetings;

/// <summary>
/// "vergadering [kick-off] [90 min|2 uur] [10 dagen]" → a MeetingRequest. Defaults: werkgroep overleg, 1 hour,
/// the next 10 days. "vergadering verzetten" / "vergadering annuleren" (and the English and reversed forms) change a
/// planned meeting instead: ParseChange.
/// </summary>
public static partial class MeetingCommand
{
    private static readonly string[] RescheduleWords = ["verzetten", "verzet", "verplaatsen", "verplaats", "reschedule", "move"];
    private static readonly string[] CancelWords = ["annuleren", "annuleer", "afzeggen", "zeg af", "cancel"];

    public static MeetingChange? ParseChange(string text)
    {
        var t = text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (!(t.Contains("vergadering", StringComparison.Ordinal) || t.Contains("meeting", StringComparison.Ordinal)))
        {
            return null;
        }

        var rest = t.Replace("vergadering", " ", StringComparison.Ordinal).Replace("meeting", " ", StringComparison.Ordinal).Trim();
        if (RescheduleWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal)))
        {
            return MeetingChange.Reschedule;
        }

        return CancelWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal)) ? MeetingChange.Cancel : null;
    }

    public static MeetingRequest? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (ParseChange(t) is not null)
        {
            return null;
        }

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
