namespace Kvu.Bot.Plan;

/// <summary>Amounts in euros as a Dutch projectleider types and reads them: "€ 25.000", "25.000,50", "25000"; English "25,000.50" too.</summary>
public static class Money
{
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        var typed = (text ?? string.Empty).Replace("€", string.Empty, StringComparison.Ordinal).Replace("euro", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("eur", string.Empty, StringComparison.OrdinalIgnoreCase).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal)
            .TrimEnd(',', '-', '.');
        if (typed.Length == 0)
        {
            return false;
        }

        var comma = typed.LastIndexOf(',');
        var dot = typed.LastIndexOf('.');
        string normalized;
        if (comma >= 0 && dot >= 0)
        {
            // Both marks: the last one is the decimal mark ("25.000,50" Dutch, "25,000.50" English).
            normalized = comma > dot ? typed.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.') : typed.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            // "25,50" is Dutch cents; "25,000" (three digits after it) an English thousands mark.
            normalized = IsThousands(typed, ',') ? typed.Replace(",", string.Empty, StringComparison.Ordinal) : typed.Replace(',', '.');
        }
        else
        {
            // "25.000" is how a Dutch reader writes twenty-five thousand; "25.5" a decimal point.
            normalized = dot >= 0 && IsThousands(typed, '.') ? typed.Replace(".", string.Empty, StringComparison.Ordinal) : typed;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>"€ 25.000" or "€ 1.250,50"; English "€25,000".</summary>
    public static string Format(decimal amount, CultureInfo culture)
    {
        var format = ReaderCulture.For(culture);
        var number = amount == decimal.Truncate(amount) ? amount.ToString("#,0", format) : amount.ToString("#,0.00", format);
        return ReaderCulture.IsEnglish(culture) ? "€" + number : "€ " + number;
    }

    /// <summary>Every group after the first <paramref name="mark"/> has exactly three digits.</summary>
    private static bool IsThousands(string text, char mark)
    {
        var groups = text.Split(mark);
        return groups.Length > 1 && groups[0].Length is > 0 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
