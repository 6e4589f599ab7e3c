using Kvu.Bot.Privacy;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Tests.Privacy;

/// <summary>Who a name, an e-mail address or an AAD object id stands for, from what the features mention.</summary>
public class PersonDirectoryTests
{
    private const string Tenant = "t1";

    [Fact]
    public void Mentions_with_a_shared_id_address_or_chat_are_one_person_with_all_of_them()
    {
        PersonMention[] mentions =
        [
            new("p1", "Jan de Vries", "aad-1", "jan@zwolle.nl"),
            new("p1", "J. de Vries", "AAD-1", null),
            new(null, null, "aad-1", null, "a:chat-1"),
            new("p1", null, null, null, "a:chat-1"),
            new("p1", "Piet Bos", "aad-2", "piet@zwolle.nl"),
        ];

        var found = PersonDirectory.Resolve(Tenant, mentions, "JAN@zwolle.nl").Subject!;

        Assert.Equal(["Jan de Vries", "J. de Vries"], found.Names);
        Assert.Equal(["aad-1"], found.AadObjectIds);
        Assert.Equal(["a:chat-1"], found.ConversationIds);
    }

    [Fact]
    public void A_name_two_people_share_is_ambiguous_and_lists_how_to_tell_them_apart()
    {
        PersonMention[] mentions = [new("p1", "Jan de Vries", "aad-1", "jan@zwolle.nl"), new("p2", "Jan de Vries", "aad-2", "jan.devries@politie.nl")];

        var lookup = PersonDirectory.Resolve(Tenant, mentions, "jan de vries");

        Assert.True(lookup.Ambiguous);
        Assert.Equal([new PersonCandidate("Jan de Vries", "jan@zwolle.nl"), new PersonCandidate("Jan de Vries", "jan.devries@politie.nl")], lookup.Candidates);
        Assert.Equal(["aad-2"], PersonDirectory.Resolve(Tenant, mentions, "jan.devries@politie.nl").Subject!.AadObjectIds);
    }

    [Fact]
    public void A_name_alone_joins_the_one_person_of_that_name_and_erased_people_are_nobody()
    {
        PersonMention[] mentions =
        [
            new("p1", "Anna Smit", "aad-1", null), new("p1", "Anna Smit", null, null), new("p1", "Kees Dijk", null, null),
            new("p1", ErasedPerson.Name, ErasedPerson.IdFor("m3.1"), null),
        ];

        Assert.Equal(["aad-1"], PersonDirectory.Resolve(Tenant, mentions, "Anna Smit").Subject!.AadObjectIds);
        Assert.Equal(["Kees Dijk"], PersonDirectory.Resolve(Tenant, mentions, "kees dijk").Subject!.Names);
        Assert.Null(PersonDirectory.Resolve(Tenant, mentions, ErasedPerson.Name).Subject);
        Assert.Null(PersonDirectory.Resolve(Tenant, mentions, "verwijderd lid m3.1").Subject);
        Assert.Null(PersonDirectory.Resolve(Tenant, mentions, "  ").Subject);
    }

    [Fact]
    public void Erasing_from_text_replaces_whole_names_addresses_and_ids_only()
    {
        var subject = new DataSubject(Tenant, ["Jan Jansen"], ["jan@zwolle.nl"], ["0b6f4d3a-7c1e-4b2a-9d8e-1f2a3b4c5d62"], []);

        Assert.Equal("Politie; verwijderd lid; Politie Oost", subject.Scrub("Politie; Jan  Jansen; Politie Oost"));
        Assert.Equal("verwijderd lid -> Piet; mail verwijderd lid", subject.Scrub("JAN JANSEN -> Piet; mail jan@zwolle.nl"));
        Assert.Equal("Jan Jansens café", subject.Scrub("Jan Jansens café"));
        Assert.Equal("verwijderd lid; verwijderd lid", subject.Scrub("Jan Jansen; 0b6f4d3a-7c1e-4b2a-9d8e-1f2a3b4c5d62"));
        Assert.Equal("Jan Jansen met […] en […]", PersonalText.Redaction(subject, ["Jan", "piet@zwolle.nl"])("Jan Jansen met Jan en piet@zwolle.nl"));
    }
}
