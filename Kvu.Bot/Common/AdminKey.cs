using System.Security.Cryptography;

namespace Kvu.Bot.Common;

/// <summary>The administrator endpoints' key check: header X-Admin-Key against the configured key, in constant time.</summary>
public static class AdminKey
{
    public const string Header = "X-Admin-Key";

    /// <summary>True when the request carries <paramref name="expected"/> (never for an empty one).</summary>
    public static bool Matches(HttpRequest request, string? expected) =>
        request is not null && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Hash(request.Headers[Header].ToString()), Hash(expected));

    // Hashing first makes both sides the same length, so the comparison reveals nothing about the key's length either.
    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
