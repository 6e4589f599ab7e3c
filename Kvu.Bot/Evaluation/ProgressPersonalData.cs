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

    protected override IReadOnlyList<string> TypedTexts { get; } = [nameof(MeasureProgress.Note)];

    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row) => false;
}
