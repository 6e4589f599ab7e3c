namespace Kvu.Bot.Formation;

/// <summary>Id is "a1", "a2", ... from a counter on KvuProject.</summary>
public sealed record HorecaArea(string Id, string Name, HorecaAreaKind Kind);
