namespace Kvu.Bot.Formation;

/// <summary>
/// How often the projectleider reports the KVU's progress to the college van B&amp;W and the gemeenteraad (every
/// <paramref name="Months"/> months, e.g. 3 for every quarter), when the next report is due, and when the last one was made.
/// </summary>
public sealed record ReportingRhythm(int Months, DateOnly NextDue, DateOnly? LastReported = null);
