using System.Net.Http.Headers;

namespace Kvu.Bot.Files;

/// <summary>
/// Puts a file's bytes into the upload session Teams opened in the user's OneDrive (the consent card's uploadUrl):
/// one PUT with the whole range, which OneDrive accepts for files up to 60 MiB; the URL itself carries the
/// authorisation, so no token is sent.
/// </summary>
public sealed class FileUploader(HttpClient http, ILogger<FileUploader> logger)
{
    /// <returns>True when OneDrive took the file (200 or 201).</returns>
    public async Task<bool> UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, content.Length - 1), content.Length);
        try
        {
            using var response = await http.PutAsync(uploadUrl, body, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("OneDrive refused the upload of a file the user accepted: {Status}", (int)response.StatusCode);
            return false;
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "The upload of a file the user accepted to OneDrive failed");
            return false;
        }
    }
}
