using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

// "samenvatting" / "summary": the progress card, posted in the werkgroep channel and shown to the asker.
public sealed class SummaryFeature(ProjectStore projects, MeetingStore meetings, IProgressPoster poster) : IMessageFeature
{
    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var text = input.Text.Trim().ToLowerInvariant();
        if (text is not ("samenvatting" or "summary"))
        {
            return null;
        }

        var c = input.Culture;
        if (user.ActiveProjectId is not { } projectId
            || await projects.GetAsync(input.User.TenantId, projectId, cancellationToken) is not { } project)
        {
            return [Reply.Say(MeetingTexts.NoProject(c))];
        }

        var next = await meetings.NextAsync(project.TenantId, project.Id, input.Now, cancellationToken);
        var card = SummaryCard.Build(project, next, c);
        var posted = await poster.PostAsync(project, card, cancellationToken);
        return posted ? [Reply.Show(card)] : [Reply.Show(card), Reply.Say(MeetingTexts.NotPostedInChannel(c))];
    }
}
