using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Kvu.Bot.Hosting;

/// <summary>
/// A POST to /api/messages read and checked before the adapter sees it. The Bot Connector always sends a whole
/// activity; a body that is too large, is not JSON, or lacks what every turn needs (type, a known channel, a
/// serviceUrl to answer on, the conversation, who sent it and to which bot) cannot have come from it and is refused
/// with a 4xx. Without this the SDK and the bot fail on such a body deep inside a turn: a 500, and an error handler
/// with no conversation to answer in.
/// </summary>
public sealed record ActivityRequest(byte[] Body, Activity? Activity, int Status, string? Problem)
{
    /// <summary>
    /// Teams caps a message at about 28 KB of text and sends it twice at most (text and an HTML attachment), plus
    /// entities and channelData; a card click carries its inputs, which the card limits. Four times that is plenty.
    /// </summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>Deeper JSON is no activity; a limit keeps a crafted body from exhausting the parser.</summary>
    private const int MaxJsonDepth = 64;

    /// <summary>
    /// Teams, and for an administrator trying the bot: the Azure portal's web chat and the Bot Framework Emulator.
    /// </summary>
    private static readonly HashSet<string> KnownChannels = new(StringComparer.OrdinalIgnoreCase) { Channels.Msteams, Channels.Webchat, Channels.Emulator };

    public static async Task<ActivityRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, $"The body is {request.ContentLength} bytes; an activity is at most {MaxBytes}.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Refused(StatusCodes.Status413PayloadTooLarge, $"The body is over {MaxBytes} bytes; an activity is at most that.");
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body))) { MaxDepth = MaxJsonDepth };
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (Newtonsoft.Json.JsonException failure)
        {
            return Refused(StatusCodes.Status400BadRequest, $"The body is not an activity: {failure.Message}");
        }

        return ShapeProblem(activity) is { } problem
            ? new ActivityRequest(body, activity, StatusCodes.Status400BadRequest, problem)
            : new ActivityRequest(body, activity, StatusCodes.Status200OK, null);
    }

    /// <summary>What an activity lacks for the bot to handle it, or null.</summary>
    public static string? ShapeProblem(Activity? activity) => activity switch
    {
        null => "The body is empty.",
        { Type: null or "" } => "The activity has no type.",
        { ChannelId: null or "" } => "The activity has no channelId.",
        _ when !KnownChannels.Contains(activity.ChannelId) => $"Channel '{Shorten(activity.ChannelId)}' is not one the bot serves.",
        _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) =>
            "The activity has no absolute http(s) serviceUrl to answer on.",
        { Conversation.Id: { Length: > 0 } } when activity.From?.Id is not { Length: > 0 } => "The activity has no from.id.",
        { Conversation.Id: { Length: > 0 } } when activity.Recipient?.Id is not { Length: > 0 } => "The activity has no recipient.id.",
        { Conversation.Id: { Length: > 0 } } => null,
        _ => "The activity has no conversation.id.",
    };

    private static ActivityRequest Refused(int status, string problem) => new([], null, status, problem);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
