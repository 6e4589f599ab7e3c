using Kvu.Bot.Formation;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Plan;

/// <summary>
/// The personal data of the measures: who carries out each (name, and Entra id and e-mail when she is in the
/// werkgroep), who entered or last changed it, and names that may be typed in its texts. The measures are rows of the
/// Projects table beside the project's own row; Formation's holder answers for that table as a whole, this one for
/// the measure rows in it.
/// </summary>
public sealed class MeasuresPersonalData(MeasureStore measures) : ProjectRowsPersonalData(measures.Rows)
{
    protected override IEnumerable<PersonMention> Mentions(string projectId, TableEntity row) =>
    [
        new PersonMention(projectId, row.GetString(MeasureStore.OwnerNameProperty), row.GetString(MeasureStore.OwnerAadObjectIdProperty), row.GetString(MeasureStore.OwnerEmailProperty)),
        RowAuthor.Mention(projectId, row),
    ];

    protected override (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row) =>
        IsOwner(subject, row) || RowAuthor.Is(subject, row)
            ? ("measure", new JsonObject
            {
                ["projectId"] = projectId,
                ["measure"] = row.GetString(nameof(Measure.Id)),
                ["title"] = row.GetString(nameof(Measure.Title)),
                ["party"] = row.GetString(nameof(Measure.Party)),
                ["ownerName"] = row.GetString(MeasureStore.OwnerNameProperty),
                ["ownerAadObjectId"] = row.GetString(MeasureStore.OwnerAadObjectIdProperty),
                ["ownerEmail"] = row.GetString(MeasureStore.OwnerEmailProperty),
                ["changedByName"] = row.GetString(RowAuthor.NameProperty),
                ["changedByAadObjectId"] = row.GetString(RowAuthor.AadObjectIdProperty),
                ["changedAt"] = row.GetDateTimeOffset(nameof(Measure.ChangedAt)),
            })
            : null;

    /// <summary>The texts of a measure in which a name may be typed.</summary>
    protected override IReadOnlyList<string> TypedTexts { get; } = [nameof(Measure.Title), nameof(Measure.Party), nameof(Measure.Decider)];

    /// <summary>
    /// Her measures keep what is done, by which party and when, carried out (or changed) by "verwijderd lid"; her name
    /// goes from every measure's texts (<see cref="TypedTexts"/>).
    /// </summary>
    /// <returns>True when the row named her as owner or editor and now does not.</returns>
    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row)
    {
        var subject = erasure.Subject;
        var owner = IsOwner(subject, row);
        var editor = RowAuthor.Is(subject, row);
        if (!owner && !editor)
        {
            return false;
        }

        var pseudonym = erasure.PseudonymIn(projectId) ?? ErasedPerson.Name;
        if (owner)
        {
            row[MeasureStore.OwnerNameProperty] = ErasedPerson.Name;
            row[MeasureStore.OwnerAadObjectIdProperty] = row.GetString(MeasureStore.OwnerAadObjectIdProperty) is null ? null : pseudonym;
            row[MeasureStore.OwnerEmailProperty] = null;
        }

        if (editor)
        {
            RowAuthor.Erase(erasure, projectId, row);
        }

        return true;
    }

    /// <summary>By her Entra id or e-mail; only an owner typed by name alone (not in the werkgroep) is matched by name.</summary>
    private static bool IsOwner(DataSubject subject, TableEntity row)
    {
        var aadObjectId = row.GetString(MeasureStore.OwnerAadObjectIdProperty);
        var email = row.GetString(MeasureStore.OwnerEmailProperty);
        return aadObjectId is null && email is null
            ? subject.HasName(row.GetString(MeasureStore.OwnerNameProperty))
            : subject.Is(aadObjectId, email);
    }
}
