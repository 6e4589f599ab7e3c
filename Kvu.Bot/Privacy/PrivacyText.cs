using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Privacy;

/// <summary>
/// The texts of the AVG commands and endpoints (Privacy/), from Privacy.resx (Dutch, the neutral language) and
/// Privacy.en.resx.
/// </summary>
public static class PrivacyText
{
    public const string BaseName = "Kvu.Bot.Privacy.Privacy";

    public const string Help = nameof(Help);
    public const string PersonalOnly = nameof(PersonalOnly);
    public const string NotAllowed = nameof(NotAllowed);
    public const string KeyMissing = nameof(KeyMissing);
    public const string UnknownPerson = nameof(UnknownPerson);
    public const string AmbiguousPerson = nameof(AmbiguousPerson);
    public const string ScopeProjects = nameof(ScopeProjects);
    public const string ScopeTenant = nameof(ScopeTenant);
    public const string ExportReady = nameof(ExportReady);
    public const string EraseTitle = nameof(EraseTitle);
    public const string EraseBody = nameof(EraseBody);
    public const string EraseRows = nameof(EraseRows);
    public const string EraseButton = nameof(EraseButton);
    public const string CancelButton = nameof(CancelButton);
    public const string Erased = nameof(Erased);
    public const string CannotEraseSelf = nameof(CannotEraseSelf);
    public const string Cancelled = nameof(Cancelled);
    public const string NoProject = nameof(NoProject);
    public const string ArchiveTitle = nameof(ArchiveTitle);
    public const string ArchiveBody = nameof(ArchiveBody);
    public const string ArchiveButton = nameof(ArchiveButton);
    public const string Archived = nameof(Archived);
    public const string AlreadyArchived = nameof(AlreadyArchived);
    public const string Years = nameof(Years);
    public const string Days = nameof(Days);
    public const string LinkInvalid = nameof(LinkInvalid);
    public const string TenantMissing = nameof(TenantMissing);
    public const string AdminErased = nameof(AdminErased);

    public static ResourceManager ResourceManager { get; } = new(BaseName, typeof(PrivacyText).Assembly);

    public static WordBook<PrivacyWord> Words { get; } = new(ResourceManager);

    public static IReadOnlyList<string> Keys { get; } = [.. typeof(PrivacyText).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(k => k != BaseName)];

    /// <summary>A missing key shows as the key itself rather than failing a turn; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);

    /// <summary>Why <paramref name="key"/> is not one person in the scope (<paramref name="scope"/>: ScopeProjects or ScopeTenant): nobody, or several, listed.</summary>
    public static string NotOnePerson(PersonLookup lookup, string key, string scope, CultureInfo culture) => lookup.Ambiguous
        ? Format(AmbiguousPerson, culture, key, Get(scope, culture), string.Join("; ", lookup.Candidates.Select(c => $"{c.Name} ({c.Identifier})")))
        : Format(UnknownPerson, culture, key, Get(scope, culture));

    /// <summary>A retention period as people say it: whole years as years ("2 jaar"), otherwise days.</summary>
    public static string Duration(TimeSpan period, CultureInfo culture) =>
        period.TotalDays >= 365 && (int)period.TotalDays % 365 == 0
            ? Format(Years, culture, (int)period.TotalDays / 365)
            : Format(Days, culture, (int)Math.Ceiling(period.TotalDays));
}
