using System.Net.Http.Headers;
using Kvu.Bot.Formation;
using Microsoft.Graph;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Posts as the projectleider: POST /teams/{team-id}/channels/{channel-id}/messages with the card as an
/// attachment. Needs delegated ChannelMessage.Send (the only application permission, Teamwork.Migrate.All, is for
/// imports; Graph reference "Send chatMessage in a channel or a chat"). Graph allows 4 requests/s per app per
/// channel (learn.microsoft.com/graph/throttling-limits, Teams service limits); one summary per request is far below it.
/// The HttpClient comes from GraphClientFactory, so the SDK's retry handler (429/503/504, Retry-After) applies.
/// </summary>
public sealed class GraphChannelPoster(IDelegatedTokenProvider tokens, GraphTransport transport, ILogger<GraphChannelPoster> logger)
{
    private readonly HttpClient http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: transport.FinalHandler);

    /// <param name="userId">The projectleider's channel user id ("29:..."), under which the token service keeps their token.</param>
    public async Task<bool> PostAsync(KvuProject project, JsonObject card, string userId, CancellationToken cancellationToken)
    {
        if (project.Channel is not { TeamId: { } teamId } channel)
        {
            return false;
        }

        var token = await tokens.GetTokenAsync(project.TenantId, userId, cancellationToken);
        if (token is null)
        {
            logger.LogInformation("No delegated token for the projectleider of {ProjectId}; summary not posted as them", project.Id);
            return false;
        }

        var message = new JsonObject
        {
            ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<attachment id=\"summary\"></attachment>" },
            ["attachments"] = new JsonArray
            {
                new JsonObject
                {
                    ["id"] = "summary",
                    ["contentType"] = "application/vnd.microsoft.card.adaptive",
                    // Graph wants the card as a JSON string here, not an object.
                    ["content"] = card.ToJsonString(),
                },
            },
        };
        var url = $"https://graph.microsoft.com/v1.0/teams/{Uri.EscapeDataString(teamId)}/channels/{Uri.EscapeDataString(channel.ConversationId)}/messages";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Posting the summary of {ProjectId} as the projectleider failed: {Status}", project.Id, (int)response.StatusCode);
        }

        return response.IsSuccessStatusCode;
    }
}
