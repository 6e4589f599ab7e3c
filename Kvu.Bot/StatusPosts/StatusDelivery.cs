using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Builds one project's weekly report and posts it into the werkgroep channel through the <see cref="IReportPoster"/>:
/// the bot's <see cref="ProactiveSender"/>, which paces it within the tenant's rate and waits out a short 429; a
/// longer one goes back to the scheduler. A channel the bot was removed from (403/404) is recorded on the project's
/// settings (which takes it out of the schedule index) and reported once to the projectleider in their personal
/// chat, when the bot knows it.
/// </summary>
public sealed class StatusDelivery(
    StatusScheduleStore schedules,
    ProjectStore projects,
    ConversationStore conversations,
    ProactiveSender sender,
    ReportBuilder reports,
    IReportPoster poster,
    ILogger<StatusDelivery> logger)
{

    /// <param name="since">Start of the period the post covers: the last post, or a week back.</param>
    /// <param name="tenant">The tenant's channel addresses and report facts when the caller read them in bulk; otherwise read here.</param>
    public async Task<StatusDeliveryResult> DeliverAsync(string tenantId, string projectId, DateTimeOffset now, DateTimeOffset since,
        StatusTenantReads? tenant, CancellationToken cancellationToken)
    {
        var project = await projects.GetAsync(new ProjectKey(tenantId, projectId), cancellationToken);
        if (project?.Channel is null || project.IsArchived)
        {
            // An archived project is the werkgroep's finished work: no more weekly posts, whatever its schedule says.
            return new StatusDeliveryResult(null, Problem: project is null ? "ProjectNotFound" : project.IsArchived ? "ProjectArchived" : "NoChannel");
        }

        var channelId = project.Channel.ConversationId;
        var address = tenant?.Channels.GetValueOrDefault(channelId) ?? await conversations.GetAsync(tenantId, channelId, cancellationToken);
        if (address is null)
        {
            // The bot never heard from that channel (or lost its address): it cannot post there.
            await ChannelGoneAsync(tenantId, projectId, project.Gemeente, project.Uitgaansgebied, FormationText.ChannelName(project.Channel, ReaderCulture.Dutch), channelId, now, cancellationToken);
            return new StatusDeliveryResult(SendOutcome.RecipientGone, Problem: "NoAddress");
        }

        var card = await reports.BuildAsync(new ReportContext(project, ReportKind.Weekly, since, now, ReaderCulture.Dutch), tenant?.Facts, cancellationToken);
        var result = (await poster.PostAsync(project, card, address, projectleiderUserId: null, cancellationToken)).Result;
        if (result.Outcome == SendOutcome.RecipientGone)
        {
            await ChannelGoneAsync(tenantId, projectId, project.Gemeente, project.Uitgaansgebied, FormationText.ChannelName(project.Channel, ReaderCulture.Dutch), channelId, now, cancellationToken);
        }

        return new StatusDeliveryResult(result.Outcome, result.Throttles, result.RetryAfter, result.Detail);
    }

    private async Task ChannelGoneAsync(string tenantId, string projectId, string gemeente, string gebied, string channelName, string channelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = await schedules.UpdateAsync(tenantId, projectId,
            s => (s ?? NewSettings(tenantId, projectId, channelId, now)) with { ChannelConversationId = channelId, ChannelGoneId = channelId, ChannelGoneAt = now },
            cancellationToken);
        logger.LogWarning("Status posts for {ProjectId} in tenant {TenantId} stopped: the bot cannot post in channel {ConversationId}",
            projectId, tenantId, channelId);

        if (settings.ProjectleiderConversationId is null
            || await conversations.GetAsync(tenantId, settings.ProjectleiderConversationId, cancellationToken) is not { Kind: ConversationKind.Personal } personal)
        {
            return; // Shown instead when the projectleider types "weekstatus".
        }

        var notice = StatusText.Format(StatusText.ChannelGoneNotice, ReaderCulture.Dutch, gemeente, gebied, channelName);
        var sent = await sender.SendAsync(personal, [Reply.Say(notice)], cancellationToken);
        logger.LogInformation("Channel removal of {ProjectId} reported to the projectleider: {Outcome}", projectId, sent.Outcome);
    }

    private static StatusSettings NewSettings(string tenantId, string projectId, string channelId, DateTimeOffset now) =>
        new(tenantId, projectId, StatusSchedule.Default, channelId, now);
}
