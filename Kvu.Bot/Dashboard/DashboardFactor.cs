namespace Kvu.Bot.Dashboard;

/// <summary>
/// One of the ten success factors of the werkgroep as the projectleider judged it. <see cref="Applies"/> is false for a
/// factor this project makes moot (<see cref="Formation.SuccessFactorTally"/>): it is not counted, and its status
/// reads "niet van toepassing".
/// </summary>
public sealed record DashboardFactor(string Factor, string Name, string Status, string StatusName, string? Note, bool Applies);
