using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Files;

/// <summary>
/// Gives a user a file in Teams, the way Teams itself does for bots (the Teams bot file API, personal chat only):
/// the bot keeps the file and sends a file consent card; when the user chooses Toestaan, Teams opens an upload session
/// in that user's own OneDrive, the bot puts the bytes there and answers with a file info card, which opens the file in
/// Word (or whichever app) on desktop, web and mobile. Nothing is reachable by a link: the bytes wait in the user's own
/// partition until that user (same tenant, same AAD object id) accepts, declines, or the offer expires
/// (<see cref="FilesOptions.OfferLifetime"/>), and are deleted then.
/// <para>Callers: <c>await files.OfferAsync(input, new FileOffer("plan.docx", contentType, bytes, "Plan van aanpak"), ct)</c>
/// and send the reply in the user's personal chat (directly, or through the proactive sender).</para>
/// </summary>
public sealed class FileDelivery(FileOfferStore store, FileUploader uploader, TimeProvider clock, IOptions<FilesOptions> options, ILogger<FileDelivery> logger)
    : IFileConsentFeature
{
    /// <summary>Offers <paramref name="file"/> to the user who sent <paramref name="input"/>; outside their personal chat, says where to ask.</summary>
    public Task<Reply> OfferAsync(FlowInput input, FileOffer file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Conversation.Kind == ConversationKind.Personal
            ? OfferAsync(input.User, file, input.Culture, cancellationToken)
            : Task.FromResult(Reply.Say(FilesText.Get(FilesText.PersonalChatOnly, input.Culture)));
    }

    /// <summary>The consent card for <paramref name="user"/>'s personal chat, the file kept until they answer.</summary>
    public async Task<Reply> OfferAsync(FlowUser user, FileOffer file, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        if (file.Content.Length > FileOfferStore.MaxBytes)
        {
            return Reply.Say(FilesText.Format(FilesText.TooLarge, culture, file.Name, file.Content.Length / 1024, FileOfferStore.MaxBytes / 1024));
        }

        var now = clock.GetUtcNow();
        await SweepAsync(user, now, cancellationToken);
        var lifetime = options.Value.OfferLifetime;
        var id = await store.AddAsync(user.TenantId, user.AadObjectId, file, now + lifetime, cancellationToken);
        return Reply.Attach(FileCards.Consent(id, file), FilesText.Format(FilesText.Offered, culture, file.Name, (int)lifetime.TotalMinutes));
    }

    public async Task<IReadOnlyList<Reply>> AnswerAsync(FileConsentAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (user, culture) = (answer.User, answer.Culture);

        // Looked up in the partition of the user who clicked: another user's or tenant's offer is simply not there.
        var offer = string.IsNullOrEmpty(answer.OfferId) || answer.OfferId.Length > 64
            ? null
            : await store.GetAsync(user.TenantId, user.AadObjectId, answer.OfferId, cancellationToken);
        if (offer is null || offer.ExpiresAt <= answer.Now)
        {
            if (offer is not null)
            {
                await store.DeleteAsync(user.TenantId, user.AadObjectId, offer.Id, cancellationToken);
            }

            logger.LogInformation("A file consent answer from {AadObjectId} for an offer that is not theirs or has expired", user.AadObjectId);
            return [Reply.Say(FilesText.Get(FilesText.Expired, culture))];
        }

        var name = offer.File.Name;
        if (!answer.Accepted || answer.Target is not { } target)
        {
            await store.DeleteAsync(user.TenantId, user.AadObjectId, offer.Id, cancellationToken);
            return [new Reply(FilesText.Format(FilesText.Declined, culture, name)) { ReplacesClicked = true }];
        }

        var uploaded = await uploader.UploadAsync(target.UploadUrl, offer.File.Content, cancellationToken);
        await store.DeleteAsync(user.TenantId, user.AadObjectId, offer.Id, cancellationToken);
        if (!uploaded)
        {
            return [Reply.Say(FilesText.Format(FilesText.UploadFailed, culture, name))];
        }

        var shownName = string.IsNullOrEmpty(target.Name) ? name : target.Name;
        return
        [
            new Reply(FilesText.Format(FilesText.Saved, culture, shownName)) { ReplacesClicked = true },
            Reply.Attach(FileCards.Info(target with { Name = shownName }), FilesText.Format(FilesText.Delivered, culture, shownName)),
        ];
    }

    /// <summary>Deletes the user's offers that expired unanswered, so their bytes do not stay in storage.</summary>
    private async Task SweepAsync(FlowUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var expired in (await store.ListAsync(user.TenantId, user.AadObjectId, cancellationToken)).Where(o => o.ExpiresAt <= now))
        {
            await store.DeleteAsync(user.TenantId, user.AadObjectId, expired.Id, cancellationToken);
        }
    }
}
