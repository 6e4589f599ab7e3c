using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>"samenvatting" / "summary": the progress report as it stands, posted in the werkgroep channel and shown to the asker.</summary>
public sealed class SummaryFeature(ProjectStore projects, ReportBuilder reports, IReportPoster poster) : IMessageFeature
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
            || await projects.GetAsync(new ProjectKey(input.User.TenantId, projectId), cancellationToken) is not { } project)
        {
            return [Reply.Say(StatusText.Get(StatusText.SummaryNoProject, c))];
        }

        // Every open decision is read and the card is posted in the channel (through Graph, as the projectleider).
        await input.Working.ShowAsync(cancellationToken);
        var card = await reports.BuildAsync(new ReportContext(project, ReportKind.Summary, input.Now, input.Now, c), tenant: null, cancellationToken);

        // Posting as the projectleider is only possible when it is the projectleider who asks.
        var asker = project.Projectleider?.Person.AadObjectId is { } pl && string.Equals(pl, input.User.AadObjectId, StringComparison.OrdinalIgnoreCase)
            ? input.User.ChannelUserId
            : null;
        return await poster.PostAsync(project, card, address: null, asker, cancellationToken) switch
        {
            { Posted: false } => [Reply.Show(card), Reply.Say(StatusText.Get(StatusText.SummaryNotPosted, c))],
            { Author: ReportAuthor.BotInsteadOfProjectleider } => [Reply.Show(card), Reply.Say(StatusText.Get(StatusText.SummaryPostedByBotInstead, c))],
            _ => [Reply.Show(card)],
        };
    }

    private static bool Asked(FlowInput input) => input.Data is null && StatusText.Words[StatusWord.Summary].Matches(input.Text);
}
