using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Privacy;

/// <summary>
/// Finds the person a projectleider or administrator means by a name, an e-mail address or an AAD object id, from what
/// every feature knows (<see cref="IPersonalDataHolder.MentionsAsync"/>). Mentions that share an AAD object id, an
/// e-mail address or a personal conversation are one person; a mention with only a name (the procesbegeleider, who
/// invited) joins the one person of that name, if there is exactly one. A name two people share is ambiguous: the
/// answer lists them so the address can be given instead. Erased people ("verwijderd lid") are nobody.
/// </summary>
public sealed class PersonDirectory(IEnumerable<IPersonalDataHolder> holders)
{
    private readonly IReadOnlyList<IPersonalDataHolder> _holders = [.. holders];

    public async Task<PersonLookup> FindAsync(PersonalDataScope scope, string key, CancellationToken cancellationToken) =>
        Resolve(scope.TenantId, await MentionsAsync(scope, cancellationToken), key);

    public async Task<IReadOnlyList<PersonMention>> MentionsAsync(PersonalDataScope scope, CancellationToken cancellationToken)
    {
        var mentions = new List<PersonMention>();
        foreach (var holder in _holders)
        {
            await foreach (var mention in holder.MentionsAsync(scope, cancellationToken))
            {
                var cleaned = Clean(mention);
                if (cleaned.Name is not null || cleaned.AadObjectId is not null || cleaned.Email is not null || cleaned.ConversationId is not null)
                {
                    mentions.Add(cleaned);
                }
            }
        }

        return mentions;
    }

    /// <summary>True when <paramref name="mention"/> is of <paramref name="subject"/> (by id, address or her chat; never by name alone).</summary>
    public static bool IsOf(DataSubject subject, PersonMention mention) =>
        subject.HasAadObjectId(mention.AadObjectId) || subject.HasEmail(mention.Email) || subject.HasConversation(mention.ConversationId);

    internal static PersonLookup Resolve(string tenantId, IReadOnlyList<PersonMention> mentions, string key)
    {
        var wanted = PersonalText.Normalize(key);
        if (wanted.Length == 0 || ErasedPerson.IsId(wanted.ToLowerInvariant()))
        {
            return PersonLookup.Nobody;
        }

        var people = Group(mentions);
        var matches = people.Where(p => p.Any(m => Matches(m, wanted))).ToList();
        return matches.Count switch
        {
            0 => PersonLookup.Nobody,
            1 => new PersonLookup(Subject(tenantId, matches[0]), []),
            _ => new PersonLookup(null, [.. matches.Select(Candidate).DistinctBy(c => (c.Name, c.Identifier))]),
        };
    }

    private static bool Matches(PersonMention mention, string key) =>
        string.Equals(mention.AadObjectId, key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(mention.Email, key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(mention.Name, key, StringComparison.OrdinalIgnoreCase);

    /// <summary>Mentions grouped per person: joined by a shared AAD object id, e-mail address or conversation.</summary>
    private static List<List<PersonMention>> Group(IReadOnlyList<PersonMention> mentions)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            foreach (var id in new[] { Tagged("aad", mentions[i].AadObjectId), Tagged("mail", mentions[i].Email), Tagged("chat", mentions[i].ConversationId) }.OfType<string>())
            {
                if (first.TryGetValue(id, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    first[id] = i;
                }
            }
        }

        var identified = Enumerable.Range(0, mentions.Count).Where(i => Identified(mentions[i]))
            .GroupBy(Find).Select(g => g.Select(i => mentions[i]).ToList()).ToList();

        // A name alone joins the one identified person of that name; otherwise names alone are a person of their own.
        foreach (var byName in mentions.Where(m => !Identified(m)).GroupBy(m => m.Name!, StringComparer.OrdinalIgnoreCase))
        {
            var named = identified.Where(p => p.Any(m => string.Equals(m.Name, byName.Key, StringComparison.OrdinalIgnoreCase))).ToList();
            if (named.Count == 1)
            {
                named[0].AddRange(byName);
            }
            else
            {
                identified.Add([.. byName]);
            }
        }

        return identified;
    }

    private static DataSubject Subject(string tenantId, IReadOnlyList<PersonMention> person) => new(
        tenantId,
        person.Select(m => m.Name).OfType<string>(),
        person.Select(m => m.Email).OfType<string>(),
        person.Select(m => m.AadObjectId).OfType<string>(),
        person.Select(m => m.ConversationId).OfType<string>());

    private static PersonCandidate Candidate(IReadOnlyList<PersonMention> person) => new(
        person.Select(m => m.Name).OfType<string>().FirstOrDefault() ?? "?",
        person.Select(m => m.Email).OfType<string>().FirstOrDefault() ?? person.Select(m => m.AadObjectId).OfType<string>().FirstOrDefault() ?? "?");

    private static bool Identified(PersonMention mention) => mention.AadObjectId is not null || mention.Email is not null || mention.ConversationId is not null;

    private static string? Tagged(string kind, string? value) => value is null ? null : $"{kind}:{value}";

    /// <summary>Blanks become null, and an erased person's placeholders are not a person.</summary>
    private static PersonMention Clean(PersonMention mention)
    {
        static string? Value(string? text) => string.IsNullOrWhiteSpace(text) || ErasedPerson.IsId(text.Trim()) ? null : PersonalText.Normalize(text);
        return new PersonMention(mention.ProjectId, Value(mention.Name), Value(mention.AadObjectId), Value(mention.Email), string.IsNullOrEmpty(mention.ConversationId) ? null : mention.ConversationId);
    }
}
