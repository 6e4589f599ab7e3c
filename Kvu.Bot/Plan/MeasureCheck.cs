namespace Kvu.Bot.Plan;

/// <summary>A <see cref="MeasureForm"/> judged: the values when every part is right, else what is wrong per part (in the user's language).</summary>
public sealed record MeasureCheck(MeasureValues? Valid, IReadOnlyDictionary<MeasureField, string> Errors);
