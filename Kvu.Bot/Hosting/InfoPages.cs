namespace Kvu.Bot.Hosting;

/// <summary>
/// The pages the Teams manifest links to (developer website, privacy statement, terms of use); Teams shows
/// them in the app's details, and the store review requires them to exist.
/// </summary>
public static class InfoPages
{
    public static IEndpointRouteBuilder MapKvuInfoPages(this IEndpointRouteBuilder app)
    {
        var root = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>().WebRootPath
            ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        foreach (var (path, file) in new[] { ("/", "index.html"), ("/privacy", "privacy.html"), ("/gebruiksvoorwaarden", "gebruiksvoorwaarden.html") })
        {
            app.MapGet(path, () => Results.File(Path.Combine(root, file), "text/html; charset=utf-8"));
        }

        return app;
    }
}
