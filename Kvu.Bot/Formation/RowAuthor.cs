using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Formation;

/// <summary>
/// Who entered or last changed a row of the project's partition (a schouw finding, a measure), kept in the row as two
/// columns, her name and Entra id: how they are written and read, whom they mention, and how she is erased from them
/// (the row keeps what was done, by "verwijderd lid" under her pseudonym in the project).
/// </summary>
public static class RowAuthor
{
    public const string NameProperty = "ByName";
    public const string AadObjectIdProperty = "ByAadObjectId";

    public static void Write(TableEntity row, PersonRef by)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(by);
        row[NameProperty] = by.DisplayName;
        row[AadObjectIdProperty] = by.AadObjectId;
    }

    public static PersonRef Read(TableEntity row) => new(row.GetString(NameProperty) ?? string.Empty, row.GetString(AadObjectIdProperty), null);

    public static PersonMention Mention(string projectId, TableEntity row) => new(projectId, row.GetString(NameProperty), row.GetString(AadObjectIdProperty), null);

    /// <summary>By her Entra id, or by her name (typed before she was in Teams).</summary>
    public static bool Is(DataSubject subject, TableEntity row) =>
        subject.HasAadObjectId(row.GetString(AadObjectIdProperty)) || subject.HasName(row.GetString(NameProperty));

    public static void Erase(PersonErasure erasure, string projectId, TableEntity row)
    {
        row[NameProperty] = ErasedPerson.Name;
        row[AadObjectIdProperty] = erasure.PseudonymIn(projectId) ?? ErasedPerson.Name;
    }
}
