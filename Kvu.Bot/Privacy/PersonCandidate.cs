namespace Kvu.Bot.Privacy;

/// <summary>One of several people a name fits, as the projectleider can tell them apart: a name and an address or id.</summary>
public sealed record PersonCandidate(string Name, string Identifier);
