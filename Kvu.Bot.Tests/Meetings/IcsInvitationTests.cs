using System.Text.Json.Nodes;
using Ical.Net;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>
/// Without Graph the projectleider gets the invitation as a file for Outlook; it is valid iCalendar (read back with
/// Ical.Net), and the meeting is planned (next meeting, announced in the werkgroep's channel) only once she says she
/// sent it. Through the real stores on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IcsInvitationTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private static readonly DateTimeOffset SummerMonday = DateTimeOffset.Parse("2026-06-15T08:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Names_with_commas_and_accents_are_quoted_and_long_lines_folded()
    {
        var ics = IcsCalendar.Create("m1@kvu.bot", "Overleg KVU-werkgroep Zwolle, binnenstad en Thorbeckegracht, met alle partners",
            SummerMonday, SummerMonday.AddHours(1), new Invitee("Vries, Marieke de", "m.devries@zwolle.nl", true),
            [new Invitee("Müller, Renée", "renee.muller@politie.nl", true), new Invitee("Peter de Groot", "p.degroot@khn.nl", false)],
            SummerMonday, sequence: 2);

        Assert.Contains("ORGANIZER;CN=\"Vries, Marieke de\":mailto:m.devries@zwolle.nl", ics);
        Assert.Contains("CN=\"Müller, Renée\"", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var read = Calendar.Load(ics)!;
        var meeting = Assert.Single(read.Events);
        Assert.Equal("Overleg KVU-werkgroep Zwolle, binnenstad en Thorbeckegracht, met alle partners", meeting.Summary);
        Assert.Equal("Vries, Marieke de", meeting.Organizer!.CommonName);
        Assert.Equal(["Müller, Renée", "Peter de Groot"], meeting.Attendees.Select(a => a.CommonName));
        Assert.Equal(2, meeting.Sequence);
        Assert.Equal("REQUEST", read.Method);
        Assert.Equal(SummerMonday.UtcDateTime, meeting.DtStart!.AsUtc);
    }

    [Fact]
    public async Task The_meeting_is_planned_only_after_the_projectleider_says_she_sent_the_invitation()
    {
        var w = await new MeetingExamples(Bot, Connector).SeedAsync();
        var conversation = w.Conversation(withGraph: false);

        var offered = await conversation.HandleAsync(w.Say("vergadering", SummerMonday), w.Marieke, CancellationToken.None);

        Assert.Contains("maandag 15 juni 2026 09:00–10:00 (Nederlandse tijd)", offered![0].Text);
        Assert.DoesNotContain("CEST", offered[0].Text);
        Assert.DoesNotContain("(CET)", offered[0].Text);
        Assert.Contains("ORGANIZER;CN=Marieke Jansen:mailto:m.jansen@zwolle.nl", await w.OfferedIcsAsync(offered[1]));
        Assert.Empty(await w.Meetings.UpcomingAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), SummerMonday, CancellationToken.None));
        Assert.Empty(w.SentInChannel());
        var confirm = offered[2].Card!;
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(confirm));

        var sent = await conversation.HandleAsync(w.Say("", SummerMonday, MeetingExamples.Button(confirm, "Uitnodiging verstuurd")), w.Marieke, CancellationToken.None);

        Assert.True(sent![0].ReplacesClicked);
        Assert.Contains("staat gepland op maandag 15 juni 2026 09:00–10:00 (Nederlandse tijd)", sent[1].Text);
        Assert.Single(await w.Meetings.UpcomingAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), SummerMonday, CancellationToken.None));
        Assert.Contains("staat gepland", MeetingExamples.Read(Assert.Single(w.SentInChannel()).Cards.Single()));
    }

    [Fact]
    public async Task In_English_the_file_and_the_confirmation_are_in_English()
    {
        var w = await new MeetingExamples(Bot, Connector).SeedAsync();

        var offered = await w.Conversation(withGraph: false).HandleAsync(w.Say("meeting", SummerMonday, culture: "en-GB"), w.Marieke, CancellationToken.None);

        Assert.Contains("Monday 15 June 2026 09:00–10:00 (Dutch time)", offered![0].Text);
        Assert.Equal("meeting.ics", offered[1].Attachment!.Name);
        Assert.Contains("Invitation sent", MeetingExamples.Read(offered[2].Card!) + string.Join(",", (offered[2].Card!["actions"] as JsonArray ?? []).Select(a => (string?)a!["title"])));
    }
}
