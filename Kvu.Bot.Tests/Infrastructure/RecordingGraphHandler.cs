using System.Net;
using System.Text;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// The final handler under the Graph SDK's own pipeline (retry handler included): records every request with its
/// body and answers from a queue of canned responses shaped like Microsoft's documented examples.
/// </summary>
public sealed class RecordingGraphHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body, Dictionary<string, string> Headers)> answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    public RecordingGraphHandler Answer(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        answers.Enqueue((status, json, headers.ToDictionary(h => h.Name, h => h.Value)));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body));

        if (!answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"No canned Graph answer left for {request.Method} {request.RequestUri}");
        }

        var response = new HttpResponseMessage(answer.Status)
        {
            // The SDK's handlers read the request from the response (retry, redirect): it must be set.
            RequestMessage = request,
            Content = new StringContent(answer.Body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}

public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public System.Text.Json.Nodes.JsonNode Json => System.Text.Json.Nodes.JsonNode.Parse(Body)!;
}
