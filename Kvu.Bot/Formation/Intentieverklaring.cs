namespace Kvu.Bot.Formation;

/// <summary>SignedOn is set exactly when Status is Signed (KvuProject.SetIntentieverklaring enforces it).</summary>
public sealed record Intentieverklaring(IntentieverklaringStatus Status, DateOnly? SignedOn);
