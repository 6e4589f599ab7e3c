namespace Kvu.Bot.Meetings;

// The outcome of one Graph call, so callers choose a message instead of catching SDK exceptions themselves.
public sealed record GraphResult<T>(T? Value, GraphFailure Failure = GraphFailure.None, string? MissingPermission = null, string? Detail = null)
{
    public bool Succeeded => Failure == GraphFailure.None;

    public static GraphResult<T> Ok(T value) => new(value);
}
