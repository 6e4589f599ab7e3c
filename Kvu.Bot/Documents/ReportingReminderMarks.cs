using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Documents;

/// <summary>
/// The marks of the reporting reminders (<see cref="ReportingReminderStore"/>) name a due date, nobody: nothing to export
/// or erase, and the rows go with the project.
/// </summary>
public sealed class ReportingReminderMarks(ReportingReminderStore store) : ImpersonalProjectRows(store.Marks);
