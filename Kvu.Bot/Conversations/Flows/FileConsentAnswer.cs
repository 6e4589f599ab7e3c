namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A user's click on a file consent card (Teams' <c>fileConsent/invoke</c>), free of SDK types: who answered, the
/// context the card was sent with (<paramref name="OfferId"/>), and on "Toestaan" where Teams lets the bot put the file
/// (an upload session in the user's own OneDrive) and where the file will be.
/// </summary>
public sealed record FileConsentAnswer(
    FlowUser User,
    CultureInfo Culture,
    DateTimeOffset Now,
    bool Accepted,
    string? OfferId,
    FileUploadTarget? Target);
