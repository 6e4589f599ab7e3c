using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Meetings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// A werkgroep of its own (tests share one Azurite) for meeting tests: Marieke Jansen projectleider, Wim Hendriks
/// (gemeente, required) and Peter de Groot (KHN regioadviseur, optional), its channel linked and reachable at the
/// fake Bot Connector. Graph is answered by <see cref="Graph"/> under the SDK's own pipeline.
/// </summary>
public sealed class MeetingExamples(KvuBotApplication bot, FakeBotConnector connector)
{
    public const string TenantId = "tenant-zwolle";

    public RecordingGraphHandler Graph { get; } = new();

    public KvuProject Project { get; private set; } = null!;

    public string Channel { get; } = TeamsActivity.NewChannelConversationId();

    public UserConversation Marieke { get; } = new();

    public FlowUser MariekeUser { get; } = new(TenantId, FormationExamples.Marieke.AadObjectId!, "Marieke Jansen", FormationExamples.Marieke.Email);

    public MeetingStore Meetings => bot.Services.GetRequiredService<MeetingStore>();

    public async Task<MeetingExamples> SeedAsync(bool linkChannel = true)
    {
        var project = KvuProject.Create($"m-{Guid.NewGuid():N}", TenantId, "Zwolle", "Binnenstad Zwolle", FormationExamples.Marieke, FormationExamples.Start);
        project.SetProjectleider(FormationExamples.Marieke, ProjectleiderOrigin.Gemeente, null, FormationExamples.Marieke, FormationExamples.Start);
        project.AddMember(WerkgroepRole.Gemeente, FormationExamples.Wim, null, FormationExamples.Marieke, FormationExamples.Start);
        project.AddMember(WerkgroepRole.KhnRegioadviseur, FormationExamples.Peter, null, FormationExamples.Marieke, FormationExamples.Start);
        if (linkChannel)
        {
            project.LinkChannel(Channel, "19:team@thread.tacv2", "Werkgroep KVU", "KVU Zwolle", FormationExamples.Marieke, FormationExamples.Start);
            await bot.Services.GetRequiredService<ConversationStore>().SaveAsync(new ConversationAddress(
                TenantId, Channel, ConversationKind.Channel, connector.ServiceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName,
                "19:team@thread.tacv2", "Werkgroep KVU", "KVU Zwolle", FormationExamples.Start), CancellationToken.None);
        }

        await bot.Services.GetRequiredService<ProjectStore>().CreateAsync(project, CancellationToken.None);
        await bot.Services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TenantId, MariekeUser.AadObjectId, project.Id, "Zwolle", "Binnenstad Zwolle", ProjectAccessRole.Projectleider, FormationExamples.Start),
            CancellationToken.None);
        Project = project;
        Marieke.ActiveProjectId = project.Id;
        return this;
    }

    public MeetingConversation Conversation(bool withGraph = true) => new(
        bot.Services.GetRequiredService<ProjectStore>(),
        bot.Services.GetRequiredService<ProjectAccessStore>(),
        bot.Services.GetRequiredService<ConversationStore>(),
        bot.Services.GetRequiredService<ProactiveSender>(),
        Meetings,
        withGraph ? new GraphCalendar(GraphClientBuilder.Create(new StaticTokenCredential(), Graph), NullLogger<GraphCalendar>.Instance) : null,
        bot.Services.GetRequiredService<Kvu.Bot.Files.FileDelivery>(),
        NullLogger<MeetingConversation>.Instance);

    /// <summary>The iCalendar text of the file a reply offers Marieke (Teams' file consent card), as it waits for her "Toestaan".</summary>
    public async Task<string> OfferedIcsAsync(Reply offer)
    {
        var offerId = offer.Attachment!.Content!["acceptContext"]!["offerId"]!.GetValue<string>();
        var stored = await bot.Services.GetRequiredService<Kvu.Bot.Files.FileOfferStore>().GetAsync(TenantId, MariekeUser.AadObjectId, offerId, CancellationToken.None);
        Assert.Equal("text/calendar", stored!.File.ContentType);
        return System.Text.Encoding.UTF8.GetString(stored.File.Content);
    }

    public FlowInput Say(string text, DateTimeOffset now, JsonObject? data = null, string culture = "nl-NL") =>
        new(text, data, MariekeUser, CultureInfo.GetCultureInfo(culture), now);

    /// <summary>A planned meeting of this werkgroep, as if the bot had created it earlier.</summary>
    public async Task<ScheduledMeeting> PlannedAsync(string eventId, DateTimeOffset start, TimeSpan duration, bool viaIcs = false)
    {
        var meeting = new ScheduledMeeting(eventId, "m.jansen@zwolle.nl", "Overleg KVU-werkgroep Zwolle", start, start + duration,
            viaIcs ? null : "https://teams.microsoft.com/l/meetup-join/19%3ameeting_zwolle%40thread.v2/0") { ViaIcs = viaIcs };
        await Meetings.SaveAsync(new ProjectKey(TenantId, Project.Id), meeting, CancellationToken.None);
        return meeting;
    }

    public IReadOnlyList<SentActivity> SentInChannel() => [.. connector.SentTo(Channel)];

    /// <summary>The data of the button titled <paramref name="title"/> (or starting with it) on a card.</summary>
    public static JsonObject Button(JsonObject card, string title) =>
        (JsonObject)((card["actions"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(a => ((string?)a["title"])?.StartsWith(title, StringComparison.Ordinal) == true)?["data"]
            ?? throw new InvalidOperationException($"No button '{title}'. Buttons: {string.Join(", ", (card["actions"] as JsonArray ?? []).Select(a => a?["title"]))}")).DeepClone();

    public static string Read(JsonObject card) => string.Join("\n", card["body"]!.AsArray().Select(b => (string?)b!["text"]));
}
