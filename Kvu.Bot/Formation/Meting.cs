namespace Kvu.Bot.Formation;

/// <summary>
/// A value of an indicator measured after its nulmeting, with its date and where it comes from (politiecijfers, the
/// veiligheidsmonitor, a visitors' survey): the evaluation compares it with the baseline and with the meting before it.
/// <see cref="Round"/> is the KVU round it belongs to; a new round compares against the new nulmeting. Who entered it
/// is in the project's log, like every change.
/// </summary>
public sealed record Meting(string Id, string IndicatorId, MetingKind Kind, decimal Value, DateOnly On, string Source, int Round);
