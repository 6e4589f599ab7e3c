namespace Kvu.Bot.Storage;

/// <summary>
/// Turns any string into a valid PartitionKey/RowKey and back. Teams ids contain ':' ';' '@'
/// ("19:abc@thread.tacv2;messageid=123") and the Bot Framework's state keys contain '/'
/// ("msteams/conversations/..."), which Azure forbids in keys, as it forbids '\', '#', '?' and control
/// characters. Letters, digits and - _ . : ; @ = , stay as they are, so keys stay readable in Storage
/// Explorer; every other character becomes ~XX per UTF-8 byte (so '/' becomes ~2F and '~' itself ~7E).
/// </summary>
public static class TableKeys
{
    private const char Escape = '~';

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.All(IsKeptAsIs))
        {
            return value;
        }

        var bytes = StrictUtf8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length + 16);
        foreach (var b in bytes)
        {
            if (b < 0x80 && IsKeptAsIs((char)b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append(Escape).Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <exception cref="FormatException">The value was not produced by <see cref="Encode"/>.</exception>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.All(IsKeptAsIs))
        {
            return key;
        }

        var bytes = new List<byte>(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c == Escape)
            {
                if (i + 2 >= key.Length
                    || !byte.TryParse(key.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                {
                    throw new FormatException($"'{key}' is not an encoded table key: '~' at position {i} is not followed by two hex digits.");
                }

                bytes.Add(b);
                i += 2;
            }
            else if (c < 0x80 && IsKeptAsIs(c))
            {
                bytes.Add((byte)c);
            }
            else
            {
                throw new FormatException($"'{key}' is not an encoded table key: '{c}' at position {i} would have been escaped.");
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"'{key}' is not an encoded table key: its escapes are not valid UTF-8.", ex);
        }
    }

    private static bool IsKeptAsIs(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '_' or '.' or ':' or ';' or '@' or '=' or ',';
}
