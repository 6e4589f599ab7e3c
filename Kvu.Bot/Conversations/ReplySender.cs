using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>The edge from the features' <see cref="Reply"/> to Teams activities, sent in one batch.</summary>
public static class ReplySender
{
    public static async Task SendAsync(ITurnContext turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (turn.Activity.ReplyToId is { Length: > 0 } clicked)
        {
            foreach (var replacement in replies.Where(r => r.ReplacesClicked))
            {
                var update = ToActivity(replacement);
                update.Id = clicked;
                try
                {
                    await turn.UpdateActivityAsync(update, cancellationToken);
                }
                catch (ErrorResponseException)
                {
                    // Only cosmetic: the answer is saved and the next question follows; the old card stays as it was
                    // (deleted meanwhile, or a client that cannot update messages).
                }
            }
        }

        var activities = replies.Where(r => !r.ReplacesClicked).Select(ToActivity).ToArray();
        if (activities.Length > 0)
        {
            await turn.SendActivitiesAsync(activities, cancellationToken);
        }
    }

    public static IActivity ToActivity(Reply reply)
    {
        var activity = reply switch
        {
            { Attachment: { } other } => MessageFactory.Attachment(CardAttachment.From(other), reply.Text),
            { Card: { } card } => MessageFactory.Attachment(CardAttachment.From(card), reply.Text),
            _ => MessageFactory.Text(reply.Text),
        };
        return activity;
    }
}
