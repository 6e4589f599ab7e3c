using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Tests.Approvals;

/// <summary>Every approval card the bot can send, in every view, from view models built by hand.</summary>
public static class ApprovalCardSamples
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly DateTimeOffset At = new(2026, 3, 9, 14, 30, 0, TimeSpan.FromHours(1));

    public static GroupDecision Decision(GroupDecisionKind kind, int voters = 4, int version = 1, bool closed = false, int nameLength = 0, int expectationLength = 0) => new()
    {
        ProjectId = "p-zwolle",
        TenantId = "tenant",
        Kind = kind,
        ProjectName = "Zwolle – Binnenstad",
        Version = version,
        Closed = closed,
        StartedBy = "aad-pl",
        Items = kind switch
        {
            GroupDecisionKind.Samenstelling => [.. Enumerable.Range(1, voters).Select(i => $"m{i}|{(WerkgroepRole)(i % 11)}|{Name(i, nameLength)}|Organisatie {i}")],
            GroupDecisionKind.Verwachtingen => [.. Enumerable.Range(1, voters).Select(i => $"m{i}|{Name(i, nameLength)}|{(expectationLength > 0 ? new string('v', expectationLength) : "Dat politie en horeca elkaar elke maand spreken over wat er in het weekend gebeurde.")}")],
            GroupDecisionKind.Begrippenlijst => [DecisionContent.Term("Uitgaansgebied", "de straten en pleinen binnen de singels"), DecisionContent.Term("Incident", "elk voorval waarbij politie of beveiliging optreedt")],
            _ => ["Op vrijdag- en zaterdagnacht ontstaan rond sluitingstijd opstoppingen en vechtpartijen op de Grote Markt."],
        },
        Voters = [.. Enumerable.Range(1, voters).Select(i => new Voter($"aad-{i}", Name(i, nameLength), $"m{i}"))],
    };

    public static IReadOnlyList<ApprovalResponse> Responses(GroupDecision decision, int agreed, int objected, int outdated = 0, int commentLength = 40) =>
        [.. decision.Voters.Take(agreed).Select(v => new ApprovalResponse(decision.Id, decision.Version, v.AadObjectId, v.DisplayName, ApprovalAnswer.Agree, null, At)),
         .. decision.Voters.Skip(agreed).Take(objected).Select(v => new ApprovalResponse(decision.Id, decision.Version, v.AadObjectId, v.DisplayName, ApprovalAnswer.Object, new string('x', commentLength), At)),
         .. decision.Voters.Skip(agreed + objected).Take(outdated).Select(v => new ApprovalResponse(decision.Id, decision.Version - 1, v.AadObjectId, v.DisplayName, ApprovalAnswer.Agree, null, At))];

    public static IReadOnlyList<(string Name, JsonObject Card)> AllCards()
    {
        var cards = new List<(string, JsonObject)>();
        foreach (var culture in new[] { Dutch, English })
        {
            var lang = culture.TwoLetterISOLanguageName;
            foreach (var kind in Enum.GetValues<GroupDecisionKind>())
            {
                var d = Decision(kind);
                cards.Add(($"decision-{d.Id}-posted-{lang}", Build(d, [], null, false, culture)));
            }

            var v2 = Decision(GroupDecisionKind.Samenstelling, version: 2);
            var responses = Responses(v2, agreed: 1, objected: 1, outdated: 1);
            cards.Add(($"decision-member-asked-{lang}", Build(v2, responses, "aad-4", false, culture)));
            cards.Add(($"decision-member-agreed-{lang}", Build(v2, responses, "aad-1", false, culture)));
            cards.Add(($"decision-member-objected-{lang}", Build(v2, responses, "aad-2", false, culture)));
            cards.Add(($"decision-member-outdated-{lang}", Build(v2, responses, "aad-3", false, culture)));
            cards.Add(($"decision-projectleider-{lang}", Build(v2, responses, "aad-pl", true, culture)));
            cards.Add(($"decision-projectleider-audit-{lang}", Build(v2, responses, "aad-pl", true, culture, audit: true)));
            cards.Add(($"decision-closed-{lang}", Build(v2 with { Closed = true }, responses, "aad-pl", true, culture)));
            cards.Add(($"decision-notice-{lang}", Build(v2, responses, "aad-1", false, culture, ApprovalText.Format(ApprovalText.Stale, culture, 2))));
            cards.Add(($"error-not-a-voter-{lang}", GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotAVoter, culture), "p-zwolle", "samenstelling", culture)));
            cards.Add(($"error-not-found-{lang}", GroupDecisionCard.Error(ApprovalText.Get(ApprovalText.NotFound, culture), null, null, culture)));
            var invitation = Invitation();
            cards.Add(($"invitation-open-{lang}", InvitationCard.Build(invitation, culture)));
            cards.Add(($"invitation-notice-{lang}", InvitationCard.Build(invitation, culture, ApprovalText.Get(ApprovalText.MandateRequired, culture))));
            cards.Add(($"invitation-accepted-{lang}", InvitationCard.Build(invitation with { Status = MemberStatus.Accepted }, culture)));
            cards.Add(($"invitation-declined-{lang}", InvitationCard.Build(invitation with { Status = MemberStatus.Declined, Reason = "Ik stop binnenkort bij KHN" }, culture)));
        }

        return cards;
    }

    public static Invitation Invitation() => new(
        "tenant", "p-zwolle", "Zwolle – Binnenstad", "m2", WerkgroepRole.Politie, "Politie Oost-Nederland", "aad-1", "Mark Jansen",
        "Anna de Vries", "a:1pl", "nl-NL", At);

    /// <summary>The largest card: 59 members with long names, every one objecting at length, audit trail open.</summary>
    public static JsonObject Largest(CultureInfo culture, bool audit = true, GroupDecisionKind kind = GroupDecisionKind.Samenstelling)
    {
        var d = Decision(kind, voters: 59, version: 3, nameLength: 60, expectationLength: MemberExpectations.MaxLength);
        var responses = Responses(d, agreed: 0, objected: 58, commentLength: 300);
        return Build(d, responses, audit ? "aad-pl" : "aad-59", audit, culture, audit: audit);
    }

    private static JsonObject Build(GroupDecision d, IReadOnlyList<ApprovalResponse> responses, string? viewer, bool manages, CultureInfo culture, string? notice = null, bool audit = false) =>
        GroupDecisionCard.Build(new DecisionCardView(new DecisionTally(d, responses), DecisionContent.Lines(d, culture), viewer, manages, notice, audit ? responses : null), culture);

    private static string Name(int i, int length)
    {
        var name = i switch { 1 => "Mark Jansen", 2 => "Fatima el Amrani", 3 => "Henk Mulder", 4 => "Sanne Visser", _ => $"Lid {i}" };
        return length > name.Length ? name + " " + new string('n', length - name.Length - 1) : name;
    }
}
