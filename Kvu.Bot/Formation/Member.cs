namespace Kvu.Bot.Formation;

/// <summary>One seat in the werkgroep. Id ("m1", "m2", ...) stays with the seat when the representative is replaced.</summary>
public sealed record Member
{
    public required string Id { get; init; }

    public required WerkgroepRole Role { get; init; }

    public required PersonRef Person { get; init; }

    public required string Organisation { get; init; }

    public Mandate Mandate { get; init; } = Mandate.Unknown;

    public PersonRef? Substitute { get; init; }

    public MemberStatus Status { get; init; } = MemberStatus.Proposed;

    public bool RepresentsRestaurants { get; init; }

    /// <summary>The member promised, on accepting the invitation, to report the KVU's progress back to their achterban.</summary>
    public bool ReportsBack { get; init; }

    /// <summary>Ids of the HorecaAreas (horecastraten, -pleinen, publiekstrekkers) this horeca representative speaks for.</summary>
    public IReadOnlyList<string> CoveredAreaIds { get; init; } = [];
}
