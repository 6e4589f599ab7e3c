namespace Kvu.Bot.Meetings;

/// <summary>The outcome of one Graph call, so callers choose a message instead of catching SDK exceptions themselves.</summary>
public sealed record GraphResult<T>(T? Value, GraphFailure Failure = GraphFailure.None, string? MissingPermission = null, string? Detail = null)
{
    public bool Succeeded => Failure == GraphFailure.None;

    public static GraphResult<T> Ok(T value) => new(value);
}
