using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>The edge from Teams' <c>fileConsent/invoke</c> to the SDK-free <see cref="FileConsentAnswer"/>.</summary>
public static class FileConsentInput
{
    /// <summary>The key in the consent card's accept and decline context that names the offer.</summary>
    public const string OfferIdKey = "offerId";

    public static FileConsentAnswer From(IInvokeActivity activity, FileConsentCardResponse response, DateTimeOffset now)
    {
        var accepted = string.Equals(response.Action, "accept", StringComparison.OrdinalIgnoreCase);
        var offerId = response.Context is JObject context ? context.Value<string>(OfferIdKey) : null;
        var info = response.UploadInfo;
        var target = accepted && Uri.TryCreate(info?.UploadUrl, UriKind.Absolute, out var upload)
            ? new FileUploadTarget(info!.Name ?? string.Empty, upload, info.ContentUrl, info.UniqueId, info.FileType)
            : null;
        return new FileConsentAnswer(TurnInput.User(activity), BotText.CultureFor((activity as Activity)?.Locale), now, accepted, offerId, target);
    }
}
