namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// The person a request is about, as the bot knows her in one tenant: every name, e-mail address, Entra (AAD) object id
/// and personal conversation with the bot found for her. A stored reference is hers when it carries one of her AAD
/// object ids or e-mail addresses; a display name alone identifies nobody ("Jan de Vries" twice in one gemeente is
/// normal), but once she is identified her names are also looked for in free text (the decision log's details).
/// </summary>
public sealed class DataSubject
{
    private Regex? _pattern;

    public DataSubject(string tenantId, IEnumerable<string> names, IEnumerable<string> emails, IEnumerable<string> aadObjectIds, IEnumerable<string> conversationIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        TenantId = tenantId;
        Names = Distinct(names, StringComparer.OrdinalIgnoreCase);
        Emails = Distinct(emails, StringComparer.OrdinalIgnoreCase);
        AadObjectIds = Distinct(aadObjectIds, StringComparer.OrdinalIgnoreCase);
        ConversationIds = Distinct(conversationIds, StringComparer.Ordinal);
    }

    public string TenantId { get; }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<string> Emails { get; }

    public IReadOnlyList<string> AadObjectIds { get; }

    /// <summary>Her own (1:1) conversations with the bot.</summary>
    public IReadOnlyList<string> ConversationIds { get; }

    public bool HasAadObjectId(string? id) => !string.IsNullOrWhiteSpace(id) && AadObjectIds.Contains(id.Trim(), StringComparer.OrdinalIgnoreCase);

    public bool HasEmail(string? email) => !string.IsNullOrWhiteSpace(email) && Emails.Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);

    public bool HasName(string? name) => !string.IsNullOrWhiteSpace(name) && Names.Contains(PersonalText.Normalize(name), StringComparer.OrdinalIgnoreCase);

    public bool HasConversation(string? conversationId) => !string.IsNullOrEmpty(conversationId) && ConversationIds.Contains(conversationId, StringComparer.Ordinal);

    /// <summary>True when a reference with this AAD object id or e-mail address is hers.</summary>
    public bool Is(string? aadObjectId, string? email) => HasAadObjectId(aadObjectId) || HasEmail(email);

    /// <summary>Everything by which she can be found in text: names, e-mail addresses, AAD object ids.</summary>
    public IEnumerable<string> Terms => Names.Concat(Emails).Concat(AadObjectIds);

    /// <summary>True when <paramref name="text"/> names her (a whole name, address or id, in any letter case).</summary>
    public bool IsMentionedIn(string? text) => text is not null && Pattern.IsMatch(text);

    /// <summary><paramref name="text"/> with her names, e-mail addresses and AAD object ids replaced by <see cref="ErasedPerson.Name"/>.</summary>
    public string Scrub(string text) => Pattern.Replace(text, ErasedPerson.Name);

    private Regex Pattern => _pattern ??= PersonalText.Pattern(Terms);

    private static IReadOnlyList<string> Distinct(IEnumerable<string> values, StringComparer comparer) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(PersonalText.Normalize).Distinct(comparer)];
}
