using Kvu.Bot.Formation;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Cycle;

/// <summary>
/// The personal data of the schouw findings: who entered each (name and Entra id), and names members may have typed in
/// what they saw. Her findings keep what was seen and where, entered by "verwijderd lid"; her name goes from every
/// finding's text.
/// </summary>
public sealed class FindingsPersonalData(FindingStore findings) : ProjectRowsPersonalData(findings.Rows)
{
    protected override IEnumerable<PersonMention> Mentions(string projectId, TableEntity row) =>
        [RowAuthor.Mention(projectId, row)];

    protected override (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row) =>
        subject.HasAadObjectId(row.GetString(RowAuthor.AadObjectIdProperty))
            ? ("schouwFinding", new JsonObject
            {
                ["projectId"] = projectId,
                ["finding"] = row.GetString(nameof(SchouwFinding.Id)),
                ["when"] = row.GetString(nameof(SchouwFinding.When)),
                ["place"] = row.GetString(nameof(SchouwFinding.Place)),
                ["seen"] = row.GetString(nameof(SchouwFinding.Seen)),
                ["byName"] = row.GetString(RowAuthor.NameProperty),
                ["byAadObjectId"] = row.GetString(RowAuthor.AadObjectIdProperty),
                ["at"] = row.GetDateTimeOffset(nameof(SchouwFinding.At)),
            })
            : null;

    protected override IReadOnlyList<string> TypedTexts { get; } = [nameof(SchouwFinding.Place), nameof(SchouwFinding.Seen)];

    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row)
    {
        if (!RowAuthor.Is(erasure.Subject, row))
        {
            return false;
        }

        RowAuthor.Erase(erasure, projectId, row);
        return true;
    }
}
