using Azure.Core;

namespace Kvu.Bot.Meetings;

/// <summary>
/// How the Graph client reaches Graph. Production: null/null (HttpClientHandler + the configured credential).
/// Tests replace this singleton with a recording handler and a static token, keeping the SDK's pipeline.
/// </summary>
public sealed record GraphTransport(HttpMessageHandler? FinalHandler = null, TokenCredential? Credential = null);
