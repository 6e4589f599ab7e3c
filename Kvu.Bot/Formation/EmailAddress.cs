using System.Diagnostics.CodeAnalysis;

namespace Kvu.Bot.Formation;

/// <summary>
/// A deliberately plain check for what a projectleider types: one local part, one '@', a dotted domain with a
/// top-level domain of letters. UPNs (j.devries@zwolle.nl) have the same shape. Quoted local parts, IP-literal
/// domains and display-name forms are valid RFC 5322 but never what a gemeente means here, so they are refused.
/// </summary>
public static class EmailAddress
{
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~-.";

    /// <summary>On success, address is the input without surrounding whitespace (case is kept; comparisons ignore it).</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out string? address)
    {
        address = null;
        if (input is null)
        {
            return false;
        }

        var candidate = input.Trim();
        if (candidate.Length is 0 or > 254)
        {
            return false;
        }

        var at = candidate.IndexOf('@');
        if (at <= 0 || at != candidate.LastIndexOf('@') || at == candidate.Length - 1)
        {
            return false;
        }

        if (!IsValidLocalPart(candidate[..at]) || !IsValidDomain(candidate[(at + 1)..]))
        {
            return false;
        }

        address = candidate;
        return true;
    }

    private static bool IsValidLocalPart(string local)
    {
        if (local.Length > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains(".."))
        {
            return false;
        }

        return local.All(c => char.IsAsciiLetterOrDigit(c) || LocalPartSymbols.Contains(c));
    }

    private static bool IsValidDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-')
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        var topLevel = labels[^1];
        return topLevel.Length >= 2 && topLevel.All(char.IsAsciiLetter);
    }
}
