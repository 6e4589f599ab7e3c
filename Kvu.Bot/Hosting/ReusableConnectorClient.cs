using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace Kvu.Bot.Hosting;

/// <summary>
/// A connector client shared by the turns that use it. The SDK disposes a turn's client when the turn ends; for a
/// shared one that must do nothing. Its HttpClient comes from IHttpClientFactory, which needs no disposal.
/// </summary>
internal sealed class ReusableConnectorClient(Uri baseUri, ServiceClientCredentials credentials, HttpClient httpClient)
    : ConnectorClient(baseUri, credentials, httpClient, disposeHttpClient: false)
{
    protected override void Dispose(bool disposing)
    {
    }
}
