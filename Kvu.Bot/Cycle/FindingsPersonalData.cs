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

    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row)
    {
        var subject = erasure.Subject;
        var mine = RowAuthor.Is(subject, row);
        var place = row.GetString(nameof(SchouwFinding.Place));
        var seen = row.GetString(nameof(SchouwFinding.Seen));
        if (!mine && !subject.IsMentionedIn(place) && !subject.IsMentionedIn(seen))
        {
            return false;
        }

        if (mine)
        {
            RowAuthor.Erase(erasure, projectId, row);
        }

        row[nameof(SchouwFinding.Place)] = place is null ? null : subject.Scrub(place);
        row[nameof(SchouwFinding.Seen)] = seen is null ? null : subject.Scrub(seen);
        return true;
    }
}
