namespace Kvu.Bot.Privacy;

/// <summary>
/// The bot's own address for links it hands out: <see cref="PrivacyOptions.PublicBaseUrl"/>, or else the scheme and
/// host the current request came to (Teams reaches the bot at its public host; App Service forwards the https scheme).
/// </summary>
public sealed class PublicAddress(IOptions<PrivacyOptions> options, IHttpContextAccessor http)
{
    public string Url(string path)
    {
        var configured = options.Value.PublicBaseUrl;
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : request is null ? string.Empty : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return root + path;
    }
}
