using System.Security.Claims;
using Microsoft.Extensions.FileProviders;

namespace Kvu.Bot.Dashboard;

public static class DashboardEndpoints
{
    public const string PagePath = "/dashboard";

    public const string ApiPath = "/api/dashboard";

    /// <summary>
    /// The tab's page (wwwroot/dashboard: static HTML, script and style) and its API: the caller's projects, and one
    /// project's dashboard as one document. A project the caller may not see answers 404, like one that does not exist.
    /// </summary>
    public static WebApplication MapKvuDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = app.Environment.WebRootPath ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        app.UseFileServer(new FileServerOptions
        {
            RequestPath = PagePath,
            FileProvider = new PhysicalFileProvider(Path.Combine(root, "dashboard")),
            EnableDefaultFiles = true,
        });

        var api = app.MapGroup(ApiPath).RequireAuthorization(DashboardAuthentication.Policy);
        api.MapGet("/projects", async (ClaimsPrincipal principal, DashboardReader reader, CancellationToken cancellationToken) =>
            DashboardUser.From(principal) is { } user ? Results.Ok(await reader.ListAsync(user, cancellationToken)) : Results.Forbid());
        api.MapGet("/projects/{id}", async (string id, string? lang, ClaimsPrincipal principal, DashboardReader reader, CancellationToken cancellationToken) =>
        {
            if (DashboardUser.From(principal) is not { } user)
            {
                return Results.Forbid();
            }

            var view = await reader.ReadAsync(user, id, Culture(lang), cancellationToken);
            return view is null ? Results.NotFound() : Results.Ok(view);
        });
        return app;
    }

    /// <summary>Dutch unless English is asked for (the tab passes the Teams locale), like the bot's own texts.</summary>
    private static CultureInfo Culture(string? lang) =>
        lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("en-US") : ReaderCulture.Dutch;
}
