using Azure.Core;
using Azure.Core.Pipeline;

namespace Kvu.Bot.Storage;

/// <summary>
/// An extra step in the Table client's HTTP pipeline, registered in DI; none by default. The benchmark and the
/// "at most 2 Table requests per turn" test count requests with one. PerRetry sees every attempt that goes
/// over the wire, retries included.
/// </summary>
public sealed record TablePipelinePolicy(HttpPipelinePolicy Policy, HttpPipelinePosition Position = HttpPipelinePosition.PerRetry);
