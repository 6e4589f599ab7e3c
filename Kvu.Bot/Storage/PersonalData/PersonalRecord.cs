namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// One row (or one part of a row, such as a seat in a project) kept about a person, for an export: the table and keys
/// it is stored under, what kind of data it is, and her fields (never another person's).
/// </summary>
public sealed record PersonalRecord(string Table, string PartitionKey, string RowKey, string Kind, JsonObject Fields);
