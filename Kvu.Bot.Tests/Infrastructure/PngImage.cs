using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// A minimal PNG decoder for checking images the project ships: reads IHDR and the pixels of non-interlaced
/// 8-bit greyscale, RGB, greyscale+alpha and RGBA images, and gives every pixel as RGBA.
/// </summary>
public sealed class PngImage
{
    public const byte ColorTypeGreyscale = 0;
    public const byte ColorTypeRgb = 2;
    public const byte ColorTypeGreyscaleAlpha = 4;
    public const byte ColorTypeRgba = 6;

    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    public byte ColorType { get; }

    public bool HasAlphaChannel => ColorType is ColorTypeGreyscaleAlpha or ColorTypeRgba;

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
        }
    }

    public static PngImage Load(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: the signature is missing");
        }

        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0, interlace = 0;
        using var idat = new MemoryStream();
        var position = Signature.Length;
        var sawHeader = false;
        while (position + 8 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                    interlace = data[12];
                    sawHeader = true;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            if (type == "IEND")
            {
                break;
            }
            position += 12 + length; // length, type, data, CRC
        }

        if (!sawHeader)
        {
            throw new InvalidDataException("Not a PNG: no IHDR chunk");
        }
        if (bitDepth != 8 || interlace != 0)
        {
            throw new NotSupportedException($"Only non-interlaced 8-bit PNGs are decoded (bit depth {bitDepth}, interlace {interlace})");
        }
        var channels = colorType switch
        {
            ColorTypeGreyscale => 1,
            ColorTypeRgb => 3,
            ColorTypeGreyscaleAlpha => 2,
            ColorTypeRgba => 4,
            _ => throw new NotSupportedException($"PNG colour type {colorType} is not decoded"),
        };

        var raw = Inflate(idat.ToArray());
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Pixel data is {raw.Length} bytes, expected {height * (stride + 1)}");
        }

        var rgba = new byte[width * height * 4];
        var previous = new byte[stride];
        var line = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var offset = y * (stride + 1);
            var filter = raw[offset];
            Array.Copy(raw, offset + 1, line, 0, stride);
            Unfilter(filter, line, previous, channels);
            for (var x = 0; x < width; x++)
            {
                var source = x * channels;
                var target = ((y * width) + x) * 4;
                (rgba[target], rgba[target + 1], rgba[target + 2], rgba[target + 3]) = colorType switch
                {
                    ColorTypeGreyscale => (line[source], line[source], line[source], (byte)255),
                    ColorTypeGreyscaleAlpha => (line[source], line[source], line[source], line[source + 1]),
                    ColorTypeRgb => (line[source], line[source + 1], line[source + 2], (byte)255),
                    _ => (line[source], line[source + 1], line[source + 2], line[source + 3]),
                };
            }
            (previous, line) = (line, previous);
        }
        return new PngImage(width, height, bitDepth, colorType, rgba);
    }

    private static byte[] Inflate(byte[] zlibData)
    {
        using var input = new ZLibStream(new MemoryStream(zlibData), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>PNG filter types (RFC 2083, section 6): each byte is predicted from the left, upper and upper-left bytes.</summary>
    private static void Unfilter(byte filter, byte[] line, byte[] previous, int bytesPerPixel)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int left = i >= bytesPerPixel ? line[i - bytesPerPixel] : 0;
            int up = previous[i];
            int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
            var prediction = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown PNG filter type {filter}"),
            };
            line[i] = (byte)(line[i] + prediction);
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
