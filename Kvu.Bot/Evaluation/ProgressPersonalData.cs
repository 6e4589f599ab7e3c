using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The measures' progress keeps no person (the owner is on the measure, who changed it in nothing), but its notes are
/// free text that may name someone: erasure takes her name out of them, and the rows go with the project.
/// </summary>
public sealed class ProgressPersonalData(ProgressStore store) : ProjectRowsPersonalData(store.Rows)
{
    protected override IEnumerable<PersonMention> Mentions(string projectId, TableEntity row) => [];

    protected override (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row) => null;

    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row)
    {
        if (row.GetString(nameof(MeasureProgress.Note)) is not { } note || !erasure.Subject.IsMentionedIn(note))
        {
            return false;
        }

        row[nameof(MeasureProgress.Note)] = erasure.Subject.Scrub(note);
        return true;
    }
}
