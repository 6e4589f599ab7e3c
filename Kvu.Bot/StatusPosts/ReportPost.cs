using Kvu.Bot.Conversations;

namespace Kvu.Bot.StatusPosts;

/// <summary>How posting a report ended: the connector's answer (RecipientGone with Detail "NoChannel" or "NoAddress"
/// when there is nowhere to post) and who the werkgroep sees as its author.</summary>
public sealed record ReportPost(SendResult Result, ReportAuthor Author = ReportAuthor.Bot)
{
    public bool Posted => Result.Outcome == SendOutcome.Sent;
}
