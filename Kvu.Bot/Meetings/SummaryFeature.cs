using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

/// <summary>"samenvatting" / "summary": the progress card, posted in the werkgroep channel and shown to the asker.</summary>
public sealed class SummaryFeature(ProjectStore projects, ProgressSummaries summaries, IProgressPoster poster) : IMessageFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Asked(input) ? MessageRank.Command : null;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (!Asked(input))
        {
            return null;
        }

        var c = input.Culture;
        if (user.ActiveProjectId is not { } projectId
            || await projects.GetAsync(input.User.TenantId, projectId, cancellationToken) is not { } project)
        {
            return [Reply.Say(MeetingText.Get(MeetingText.NoProject, c))];
        }

        // Every open decision is read and the card is posted in the channel (through Graph, as the projectleider).
        await input.Working.ShowAsync(cancellationToken);
        var card = await summaries.BuildAsync(project, input.Now, after: null, c, cancellationToken);
        // Posting as the projectleider is only possible when it is the projectleider who asks.
        var asker = project.Projectleider?.Person.AadObjectId is { } pl && string.Equals(pl, input.User.AadObjectId, StringComparison.OrdinalIgnoreCase)
            ? input.User.ChannelUserId
            : null;
        return await poster.PostAsync(project, card, asker, cancellationToken) switch
        {
            ProgressPostOutcome.NotPosted => [Reply.Show(card), Reply.Say(MeetingText.Get(MeetingText.NotPostedInChannel, c))],
            ProgressPostOutcome.ByBotInstead when asker is not null => [Reply.Show(card), Reply.Say(MeetingText.Get(MeetingText.PostedByBotInstead, c))],
            _ => [Reply.Show(card)],
        };
    }

    private static bool Asked(FlowInput input) => input.Data is null && MeetingText.Words[MeetingWord.Summary].Matches(input.Text);
}
