using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Files;

/// <summary>
/// Teams' own file cards (not Adaptive Cards): the consent card that asks the user to let the bot put a file in their
/// OneDrive, and the file info card that shows the file once it is there (it opens in Word, Excel, ... on desktop, web
/// and mobile, as any file in a chat does). Pure functions from data to the attachment's JSON.
/// </summary>
public static class FileCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";

    public static ReplyAttachment Consent(string offerId, FileOffer file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new ReplyAttachment(ConsentContentType, file.Name, new JsonObject
        {
            ["description"] = file.Description,
            ["sizeInBytes"] = file.Content.Length,
            ["acceptContext"] = new JsonObject { [FileConsentInput.OfferIdKey] = offerId },
            ["declineContext"] = new JsonObject { [FileConsentInput.OfferIdKey] = offerId },
        });
    }

    public static ReplyAttachment Info(FileUploadTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new ReplyAttachment(InfoContentType, target.Name, new JsonObject
        {
            ["uniqueId"] = target.UniqueId,
            ["fileType"] = target.FileType,
        }, target.ContentUrl);
    }
}
