using Kvu.Bot.Conversations;

namespace Kvu.Bot.StatusPosts;

public static class StatusPostAdminEndpoint
{
    public const string Path = "/api/admin/status-posts/{projectId}";

    /// <summary>
    /// POST /api/admin/status-posts/{projectId}[?tenantId=...]: post one project's status now (paused or not,
    /// outside the weekly claim). Guarded by StatusPosts:AdminKey in header X-Admin-Key; with no key configured the
    /// endpoint does not exist (404), so it is never open. tenantId is needed only for a project that has no
    /// status settings yet.
    /// </summary>
    public static IEndpointRouteBuilder MapKvuStatusPosts(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (string projectId, string? tenantId, HttpRequest request, IOptions<StatusPostOptions> options,
            StatusScheduleStore schedules, StatusClaimStore claims, StatusDelivery delivery, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var key = options.Value.AdminKey;
            if (string.IsNullOrEmpty(key))
            {
                return Results.NotFound();
            }

            if (!AdminKey.Matches(request, key))
            {
                return Results.Unauthorized();
            }

            var settings = await schedules.GetAsync(projectId, cancellationToken);
            var tenant = settings?.TenantId ?? tenantId;
            if (string.IsNullOrEmpty(tenant))
            {
                return Results.NotFound(new { problem = "Unknown project: give ?tenantId= for a project without status settings." });
            }

            if (settings is { ChannelGone: true })
            {
                return Results.Conflict(new { problem = "ChannelGone" });
            }

            var now = time.GetUtcNow();
            var lastPosted = await claims.LastPostedAsync(tenant, WeeklyClock.WeekKey(now.AddDays(7)), now, cancellationToken); // this week included
            var since = lastPosted.TryGetValue(projectId, out var at) ? at : now.AddDays(-7);
            var result = await delivery.DeliverAsync(tenant, projectId, now, since, tenant: null, cancellationToken);
            return result.Outcome switch
            {
                null when result.Problem == "ProjectNotFound" => Results.NotFound(new { problem = result.Problem }),
                null => Results.Conflict(new { problem = result.Problem }),
                SendOutcome.Sent => Results.Ok(new { outcome = "Posted" }),
                _ => Results.Json(new { outcome = result.Outcome.ToString(), problem = result.Problem }, statusCode: StatusCodes.Status502BadGateway),
            };
        });
        return app;
    }
}
