using System.Globalization;

namespace Kvu.Bot.Meetings;

// User-facing texts of Meetings/: Dutch by default, English for en cultures.
// (Kept in code for now; moving them to Localization/Meetings.resx is a follow-up.)
public static class MeetingTexts
{
    private static bool En(CultureInfo c) => c.TwoLetterISOLanguageName == "en";

    public static string NoProject(CultureInfo c) => En(c)
        ? "Choose a project first (type **projecten**)."
        : "Kies eerst een project (typ **projecten**).";

    public static string NotAllowed(CultureInfo c) => En(c)
        ? "Only the projectleider or secretaris can schedule meetings."
        : "Alleen de projectleider of secretaris kan vergaderingen plannen.";

    public static string NoOrganizer(CultureInfo c) => En(c)
        ? "The project has no projectleider with an e-mail address yet; the meeting is created in their calendar."
        : "Het project heeft nog geen projectleider met een e-mailadres; de vergadering komt in diens agenda.";

    public static string GraphNotConfigured(CultureInfo c) => En(c)
        ? "Microsoft Graph is not configured for this bot, so I cannot read calendars or send invitations. Save the text below as **vergadering.ics** and open it in Outlook:"
        : "Microsoft Graph is niet geconfigureerd voor deze bot, dus ik kan geen agenda's lezen of uitnodigingen versturen. Sla de tekst hieronder op als **vergadering.ics** en open hem in Outlook:";

    public static string Forbidden(CultureInfo c, string permission) => En(c)
        ? $"Microsoft Graph refused: the bot lacks the application permission **{permission}** (or the mailbox is outside the Exchange application access policy). Ask your Microsoft 365 admin to grant {permission} to the bot (infra/grant-graph-permissions.sh)."
        : $"Microsoft Graph weigert: de bot mist de applicatiemachtiging **{permission}** (of de mailbox valt buiten het Exchange application access policy). Vraag je Microsoft 365-beheerder {permission} aan de bot toe te kennen (infra/grant-graph-permissions.sh).";

    public static string Throttled(CultureInfo c) => En(c)
        ? "Microsoft Graph is busy and still refused after three tries. Please try again in a few minutes."
        : "Microsoft Graph is druk en weigerde ook na drie pogingen. Probeer het over een paar minuten opnieuw.";

    public static string Failed(CultureInfo c, string? detail) => En(c)
        ? $"Microsoft Graph could not do this: {detail}"
        : $"Microsoft Graph kon dit niet uitvoeren: {detail}";

    public static string NoSlots(CultureInfo c) => En(c)
        ? "I found no time within working hours in that window. Try a longer window or a shorter meeting."
        : "Ik vond geen tijd binnen werktijd in die periode. Probeer een langere periode of een kortere vergadering.";

    public static string ProposalsTitle(CultureInfo c) => En(c) ? "Proposed times (Europe/Amsterdam)" : "Voorgestelde tijden (Europe/Amsterdam)";

    public static string AllFree(CultureInfo c) => En(c) ? "everyone free" : "iedereen kan";

    public static string BusyList(CultureInfo c, IEnumerable<string> names) =>
        (En(c) ? "busy: " : "bezet: ") + string.Join(", ", names);

    public static string Unreadable(CultureInfo c, string name, string reason) => En(c)
        ? $"Could not read the calendar of {name} ({reason}); they are invited but their availability is unknown."
        : $"Agenda van {name} niet leesbaar ({reason}); wel uitgenodigd, maar beschikbaarheid onbekend.";

    public static string Subject(CultureInfo c, MeetingKind kind, string gemeente) => (kind, En(c)) switch
    {
        (MeetingKind.KickOff, true) => $"Kick-off KVU werkgroep {gemeente}",
        (MeetingKind.KickOff, false) => $"Kick-off KVU-werkgroep {gemeente}",
        (_, true) => $"KVU werkgroep meeting {gemeente}",
        _ => $"Overleg KVU-werkgroep {gemeente}",
    };

    public static string Scheduled(CultureInfo c, string subject, string when, string? joinUrl) => En(c)
        ? $"**{subject}** is scheduled for {when}." + (joinUrl is null ? "" : $" [Join the Teams meeting]({joinUrl})")
        : $"**{subject}** staat gepland op {when}." + (joinUrl is null ? "" : $" [Deelnemen aan de Teams-vergadering]({joinUrl})");

    public static string NotPostedInChannel(CultureInfo c) => En(c)
        ? "The werkgroep channel is not linked (type **koppel** in the channel), so I did not post it there."
        : "Het werkgroepkanaal is niet gekoppeld (typ **koppel** in het kanaal), dus ik heb het daar niet gemeld.";

    public static string When(CultureInfo c, DateTimeOffset start, DateTimeOffset end)
    {
        var s = AmsterdamTime.ToAmsterdam(start);
        var e = AmsterdamTime.ToAmsterdam(end);
        var culture = En(c) ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("nl-NL");
        return $"{s.ToString("dddd d MMMM yyyy HH:mm", culture)}–{e.ToString("HH:mm", culture)} ({(s.Offset.TotalHours == 2 ? "CEST" : "CET")})";
    }
}
