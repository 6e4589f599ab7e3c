namespace Kvu.Bot.Meetings;

/// <summary>
/// A group decision of the werkgroep that is not closed yet, as the progress summary lists it: its title and who
/// still has to respond (empty: everyone has, but the projectleider has not closed it).
/// </summary>
public sealed record OpenDecision(string Title, IReadOnlyList<string> Pending);
