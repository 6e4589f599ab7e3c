namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// The feature that answers clicks on the bot's file consent cards (Files/). Teams sends them as an invoke that the
/// activity router hands here; the replies go to the user's personal chat, a <see cref="Reply.ReplacesClicked"/> one
/// in place of the consent card.
/// </summary>
public interface IFileConsentFeature
{
    Task<IReadOnlyList<Reply>> AnswerAsync(FileConsentAnswer answer, CancellationToken cancellationToken);
}
