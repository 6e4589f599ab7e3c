namespace Kvu.Bot.Formation;

/// <summary>A bottleneck the analysis found, with the source that shows it: the plan van aanpak starts from these.</summary>
public sealed record Knelpunt(string Id, KnelpuntTheme Theme, string Text, SourceKind Source);
