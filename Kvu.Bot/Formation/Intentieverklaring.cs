namespace Kvu.Bot.Formation;

// SignedOn is set exactly when Status is Signed (KvuProject.SetIntentieverklaring enforces it).
public sealed record Intentieverklaring(IntentieverklaringStatus Status, DateOnly? SignedOn);
