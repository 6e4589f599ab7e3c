using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The marks of the reminders sent about measures (<see cref="ProgressStore.TryMarkRemindedAsync"/>) name a measure, an
/// end date and which reminder, nobody: nothing to export or erase, and the rows go with the project.
/// </summary>
public sealed class MeasureReminderMarks(ProgressStore store) : ProjectRowsPersonalData(store.Reminded)
{
    protected override IEnumerable<PersonMention> Mentions(string projectId, TableEntity row) => [];

    protected override (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row) => null;

    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row) => false;
}
