namespace Kvu.Bot.Formation;

// Id is "a1", "a2", ... from a counter on KvuProject.
public sealed record HorecaArea(string Id, string Name, HorecaAreaKind Kind);
