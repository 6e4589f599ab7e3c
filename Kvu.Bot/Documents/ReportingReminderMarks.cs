using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Documents;

/// <summary>
/// The marks of the reporting reminders (<see cref="ReportingReminderStore"/>) name a due date, nobody: nothing to export
/// or erase, and the rows go with the project.
/// </summary>
public sealed class ReportingReminderMarks(ReportingReminderStore store) : ProjectRowsPersonalData(store.Marks)
{
    protected override IEnumerable<PersonMention> Mentions(string projectId, TableEntity row) => [];

    protected override (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row) => null;

    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row) => false;
}
