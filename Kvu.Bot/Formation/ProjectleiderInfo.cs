namespace Kvu.Bot.Formation;

// ExternalCapacity is set exactly when Origin is Extern (KvuProject.SetProjectleider enforces it).
public sealed record ProjectleiderInfo(PersonRef Person, ProjectleiderOrigin Origin, ExternalCapacity? ExternalCapacity);
