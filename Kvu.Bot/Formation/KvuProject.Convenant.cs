using System.Text.Json.Serialization;

namespace Kvu.Bot.Formation;

/// <summary>
/// The convenant: the werkgroep's organisations sign it, and the Openbaar Ministerie joins at this point (CCV). The
/// parties are those of the werkgroep now plus the OM (<see cref="ConvenantParties"/>); what is kept per party is who
/// signs and how far it is, so a party that joins the werkgroep later appears as a concept without anything to undo.
/// </summary>
public sealed partial class KvuProject
{
    public const string OpenbaarMinisterie = "Openbaar Ministerie";

    /// <summary>What was entered per party; a party of the werkgroep without an entry is a concept without signatory.</summary>
    [JsonInclude] public IReadOnlyList<ConvenantParty> ConvenantEntries { get; private set; } = [];

    /// <summary>The gemeente, the werkgroep's other organisations, the Openbaar Ministerie, then any other party that signed up.</summary>
    [JsonIgnore]
    public IReadOnlyList<ConvenantParty> ConvenantParties
    {
        get
        {
            var gemeente = RoleCatalog.DefaultOrganisation(WerkgroepRole.Gemeente, Gemeente)!;
            var names = Members.Where(m => m.Status != MemberStatus.Declined).Select(m => m.Organisation)
                .Prepend(gemeente).Append(OpenbaarMinisterie).Concat(ConvenantEntries.Select(e => e.Party))
                .Distinct(StringComparer.OrdinalIgnoreCase);
            return [.. names.Select(n => ConvenantEntries.FirstOrDefault(e => SameName(e.Party, n)) ?? new ConvenantParty(n, null, SigningState.Concept, null))];
        }
    }

    public void SetSignatory(string party, string signatory, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var who = RequireText(signatory, InputLimits.Name);
        var entry = ConvenantEntry(party) with { Signatory = who };
        SaveConvenantEntry(entry);
        Record(DecisionKind.ConvenantSignatorySet, entry.Party, who, by, at);
    }

    /// <summary>A party's state; "getekend" needs the date it signed (not in the future), the other states clear it.</summary>
    public void SetSigningState(string party, SigningState state, DateOnly? signedOn, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(state);
        if (state == SigningState.Getekend && (signedOn is not { } on || on > Common.DutchTime.Date(at)))
        {
            throw new FormationRuleException(FormationRuleCode.DateInFuture, signedOn?.ToString("O"));
        }

        var entry = ConvenantEntry(party) with { State = state, SignedOn = state == SigningState.Getekend ? signedOn : null };
        SaveConvenantEntry(entry);
        Record(DecisionKind.ConvenantSigningSet, entry.Party, entry.SignedOn is { } date ? $"{state}; {date:O}" : state.ToString(), by, at);
    }

    /// <summary>
    /// The person of the werkgroep who signs for <paramref name="party"/>, with her Teams account where the bot knows it:
    /// the signatory as entered ("Mark Jansen" or "Mark Jansen, teamchef") is a member, substitute, the projectleider or
    /// the secretaris by that name or e-mail (<see cref="PersonNamed"/>). Null when nobody signs for it yet or the
    /// signatory is not in the werkgroep (a burgemeester or hoofdofficier who only signs): the bot cannot reach her.
    /// </summary>
    public PersonRef? SignatoryPerson(ConvenantParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.Signatory is not { } signatory)
        {
            return null;
        }

        var comma = signatory.IndexOf(',', StringComparison.Ordinal);
        return PersonNamed(signatory) ?? (comma > 0 ? PersonNamed(signatory[..comma]) : null);
    }

    /// <summary>The signatories of these parties were reminded to sign today: the convenant and the weekly status say so.</summary>
    public void MarkConvenantReminded(IReadOnlyCollection<string> parties, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(by);
        if (parties.Count == 0)
        {
            return;
        }

        var today = Common.DutchTime.Date(at);
        foreach (var party in parties)
        {
            SaveConvenantEntry(ConvenantEntry(party) with { RemindedOn = today });
        }

        Record(DecisionKind.ConvenantReminded, string.Join(", ", parties), null, by, at);
    }

    /// <summary>The party as the convenant names it (a party of the werkgroep, the OM) or a new one typed in full.</summary>
    private ConvenantParty ConvenantEntry(string party)
    {
        var name = RequireText(party, InputLimits.Name);
        return ConvenantParties.FirstOrDefault(p => SameName(p.Party, name)) ?? new ConvenantParty(name, null, SigningState.Concept, null);
    }

    private void SaveConvenantEntry(ConvenantParty entry)
    {
        var others = ConvenantEntries.Where(e => !SameName(e.Party, entry.Party)).ToList();
        if (others.Count == ConvenantEntries.Count)
        {
            RequireRoom(others.Count);
        }

        ConvenantEntries = [.. others, entry];
    }
}
