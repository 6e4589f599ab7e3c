using System.Net.Sockets;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Hosting;

/// <summary>Why a turn failed, in the terms the user is told about.</summary>
public enum TurnFailureKind
{
    Unexpected,
    StorageUnavailable,
    ConcurrentChange,
}

public static class TurnFailure
{
    public static TurnFailureKind Classify(Exception exception)
    {
        foreach (var e in Flatten(exception))
        {
            switch (e)
            {
                case StorageConflictException:
                    return TurnFailureKind.ConcurrentChange;
                // Status 0 is a transport failure (nothing answered); 5xx is Table storage failing or overloaded.
                case RequestFailedException { Status: 0 or >= 500 }:
                case HttpRequestException:
                case SocketException:
                case TimeoutException:
                    return TurnFailureKind.StorageUnavailable;
            }
        }

        return TurnFailureKind.Unexpected;
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
