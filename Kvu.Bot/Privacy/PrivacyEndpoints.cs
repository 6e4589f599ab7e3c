namespace Kvu.Bot.Privacy;

/// <summary>
/// The tenant administrator's AVG requests, and the download of a projectleider's export:
/// <list type="bullet">
/// <item><c>GET /api/admin/persons/{key}/export?tenantId=...</c>: everything kept about the person in the tenant (JSON);</item>
/// <item><c>DELETE /api/admin/persons/{key}?tenantId=...</c>: erase the person in the whole tenant;</item>
/// <item><c>GET /api/privacy/exports/{token}</c>: a projectleider's export, from the short-lived link the bot gave her.</item>
/// </list>
/// The admin endpoints take the key of that tenant's administrator in header X-Admin-Key (Privacy:AdminKeys, one per
/// tenant: a key opens only its own tenant); with no key configured they do not exist (404). {key} is a name, an
/// e-mail address or an AAD object id. Answers are in Dutch, or English with an English Accept-Language.
/// </summary>
public static class PrivacyEndpoints
{
    public const string AdminPath = "/api/admin/persons/{key}";

    public static IEndpointRouteBuilder MapKvuPrivacy(this IEndpointRouteBuilder app)
    {
        app.MapGet(AdminPath + "/export", async (string key, string? tenantId, HttpRequest request, IOptions<PrivacyOptions> options,
            PersonalDataScopes scopes, PersonalDataService personalData, CancellationToken cancellationToken) =>
        {
            if (Refused(request, tenantId, options.Value) is { } refused)
            {
                return refused;
            }

            var (lookup, export) = await personalData.ExportAsync(await scopes.TenantAsync(tenantId!, cancellationToken), key, cancellationToken);
            return export is null ? NotOnePerson(lookup, key, Culture(request)) : Download(export);
        });

        app.MapDelete(AdminPath, async (string key, string? tenantId, HttpRequest request, IOptions<PrivacyOptions> options,
            PersonalDataScopes scopes, PersonalDataService personalData, CancellationToken cancellationToken) =>
        {
            if (Refused(request, tenantId, options.Value) is { } refused)
            {
                return refused;
            }

            var (lookup, rows) = await personalData.EraseAsync(await scopes.TenantAsync(tenantId!, cancellationToken), key, cancellationToken);
            var culture = Culture(request);
            return lookup.Subject is { } subject
                ? Results.Ok(new { erased = rows, message = PrivacyText.Format(PrivacyText.AdminErased, culture, subject.Names.FirstOrDefault() ?? key, rows) })
                : NotOnePerson(lookup, key, culture);
        });

        app.MapGet(ExportLinks.Path, async (string token, HttpRequest request, ExportLinks links, PersonalDataScopes scopes,
            PersonalDataService personalData, CancellationToken cancellationToken) =>
        {
            var culture = Culture(request);
            if (links.Read(token) is not { } ticket)
            {
                return Results.NotFound(new { problem = "LinkInvalid", message = PrivacyText.Get(PrivacyText.LinkInvalid, culture) });
            }

            // As that user, for the projects she manages now: a projectleider who lost her role gets nothing.
            var scope = await scopes.ManagedByAsync(ticket.TenantId, ticket.UserId, cancellationToken);
            var (lookup, export) = scope.ProjectIds.Count == 0 ? (PersonLookup.Nobody, null) : await personalData.ExportAsync(scope, ticket.Key, cancellationToken);
            return export is null ? NotOnePerson(lookup, ticket.Key, culture, PrivacyText.ScopeProjects) : Download(export);
        });

        return app;
    }

    /// <summary>Why the admin request may not go on (no endpoint, no tenant, not this tenant's key), or null.</summary>
    private static IResult? Refused(HttpRequest request, string? tenantId, PrivacyOptions options)
    {
        if (options.AdminKeys.Count == 0 || options.AdminKeys.Values.All(string.IsNullOrEmpty))
        {
            return Results.NotFound();
        }

        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return Results.BadRequest(new { problem = "TenantMissing", message = PrivacyText.Get(PrivacyText.TenantMissing, Culture(request)) });
        }

        return options.AdminKeys.TryGetValue(tenantId, out var expected) && AdminKey.Matches(request, expected) ? null : Results.Unauthorized();
    }

    private static IResult NotOnePerson(PersonLookup lookup, string key, CultureInfo culture, string scope = PrivacyText.ScopeTenant) =>
        lookup.Ambiguous
            ? Results.Conflict(new { problem = "AmbiguousPerson", message = PrivacyText.NotOnePerson(lookup, key, scope, culture), candidates = lookup.Candidates })
            : Results.NotFound(new { problem = "UnknownPerson", message = PrivacyText.NotOnePerson(lookup, key, scope, culture) });

    private static IResult Download(JsonObject export) =>
        Results.File(Encoding.UTF8.GetBytes(export.ToJsonString(Indented)), "application/json; charset=utf-8",
            $"kvu-bot-export-{export["exportedAt"]?.GetValue<DateTimeOffset>():yyyyMMdd}.json");

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static CultureInfo Culture(HttpRequest request) =>
        request.Headers.AcceptLanguage.ToString().TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("en-US")
            : ReaderCulture.Dutch;
}
