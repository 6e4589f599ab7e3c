namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// Project rows that name nobody (the marks of reminders sent name a date or a measure, not the person reminded): nothing
/// to find, export or erase. A feature still registers them as a holder, so the rows go with the project when its
/// retention period is over.
/// </summary>
public abstract class ImpersonalProjectRows(ProjectRows rows) : ProjectRowsPersonalData(rows)
{
    protected sealed override IEnumerable<PersonMention> Mentions(string projectId, TableEntity row) => [];

    protected sealed override (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row) => null;

    protected sealed override bool Erase(PersonErasure erasure, string projectId, TableEntity row) => false;
}
