namespace Kvu.Bot.Formation;

/// <summary>ExternalCapacity is set exactly when Origin is Extern (KvuProject.SetProjectleider enforces it).</summary>
public sealed record ProjectleiderInfo(PersonRef Person, ProjectleiderOrigin Origin, ExternalCapacity? ExternalCapacity);
