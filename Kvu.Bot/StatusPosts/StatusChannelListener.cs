using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>A linked channel puts the project in the weekly schedule (default Monday 09:00), or moves it to the new channel.</summary>
public sealed class StatusChannelListener(StatusScheduleStore schedules) : IWerkgroepChannelListener
{
    public async Task ChannelLinkedAsync(KvuProject project, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (project.Channel is not { } channel)
        {
            return;
        }

        await schedules.UpdateAsync(project.TenantId, project.Id, s => s is null
            ? new StatusSettings(project.TenantId, project.Id, StatusSchedule.Default, channel.ConversationId, at)
            : s with { ChannelConversationId = channel.ConversationId, ChannelGoneId = null, ChannelGoneAt = null },
            cancellationToken);
    }
}
