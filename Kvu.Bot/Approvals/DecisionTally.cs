namespace Kvu.Bot.Approvals;

/// <summary>
/// Who must respond to a group decision and who still has to, from the decision and its members' current responses:
/// the one rule the card, the reminders, the weekly status and the meeting summary apply. Only answers to the
/// current version from members who are still asked count; an answer to an older version is outdated (the
/// member is asked again), and the answer of someone no longer asked counts for nothing.
/// </summary>
public sealed class DecisionTally
{
    public DecisionTally(GroupDecision decision, IReadOnlyList<ApprovalResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(responses);
        Decision = decision;
        Responses = responses;

        // Sets, not a search per response: a card of 60 members is built once per click, 60 clicks at a time.
        var voters = decision.Voters.Select(v => v.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Current = [.. responses.Where(r => r.Version == decision.Version && voters.Contains(r.AadObjectId))];
        var responded = Current.Select(r => r.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Pending = [.. decision.Voters.Where(v => !responded.Contains(v.AadObjectId))];
        Objections = [.. Current.Where(r => r.Answer == ApprovalAnswer.Object)];
        Agreed = Current.Count - Objections.Count;
    }

    public GroupDecision Decision { get; }

    /// <summary>Every member's current response, whatever version it was given to.</summary>
    public IReadOnlyList<ApprovalResponse> Responses { get; }

    /// <summary>The members asked to respond to the current version.</summary>
    public IReadOnlyList<Voter> Voters => Decision.Voters;

    /// <summary>The responses that count: to the current version, from members who are asked.</summary>
    public IReadOnlyList<ApprovalResponse> Current { get; }

    /// <summary>The members asked who have not responded to the current version (yet, or again after a change).</summary>
    public IReadOnlyList<Voter> Pending { get; }

    public int Agreed { get; }

    /// <summary>The objections to the current version, each with its reason.</summary>
    public IReadOnlyList<ApprovalResponse> Objections { get; }

    /// <summary>Voting seats that should answer but cannot be reached yet (<see cref="GroupDecision.Unreachable"/>).</summary>
    public IReadOnlyList<AbsentSeat> Unreachable => Decision.Unreachable;

    /// <summary>Every seat that should answer: the voters and the seats that cannot be reached yet.</summary>
    public int ShouldAnswer => Voters.Count + Unreachable.Count;

    /// <summary>The names of everyone who should still answer, reachable or not.</summary>
    public IReadOnlyList<string> StillToAnswer => [.. Pending.Select(v => v.DisplayName), .. Unreachable.Select(s => s.DisplayName)];

    /// <summary>Only when every voting seat answered: a seat that cannot be reached has not.</summary>
    public bool AllResponded => Pending.Count == 0 && Unreachable.Count == 0;

    /// <summary>Every member asked agreed to the current version: what a decision that takes effect by itself waits for.</summary>
    public bool Unanimous => Voters.Count > 0 && AllResponded && Objections.Count == 0;

    /// <summary>The member's current response (to whatever version), or null when she has not responded.</summary>
    public ApprovalResponse? ResponseOf(string aadObjectId) =>
        Responses.FirstOrDefault(r => string.Equals(r.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}
