namespace Kvu.Bot.Formation;

/// <summary>
/// Name and Contact (e-mail address or phone number) are set exactly when Choice is Yes: the procesbegeleider is
/// hired via the CCV and usually not in the gemeente's Teams, so a PersonRef would say too much.
/// </summary>
public sealed record ProcesbegeleiderInfo(ProcesbegeleiderChoice Choice, string? Name, string? Contact);
