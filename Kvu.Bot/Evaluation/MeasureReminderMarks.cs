using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The marks of the reminders sent about measures (<see cref="ProgressStore.TryMarkRemindedAsync"/>) name a measure, an
/// end date and which reminder, nobody: nothing to export or erase, and the rows go with the project.
/// </summary>
public sealed class MeasureReminderMarks(ProgressStore store) : ImpersonalProjectRows(store.Reminded);
