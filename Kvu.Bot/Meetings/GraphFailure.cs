namespace Kvu.Bot.Meetings;

public enum GraphFailure
{
    None,
    // 403: a permission or an Exchange application access policy is missing; MissingPermission names it.
    Forbidden,
    // 429/503/504 still failing after the SDK's RetryHandler tried three times.
    Throttled,
    NotFound,
    Other,
}
