using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Manifest;

/// <summary>Teams' icon rules, which the schema does not check: colour 192×192; outline 32×32, white on transparent.</summary>
public sealed class IconTests
{
    private static PngImage Icon(string file) => PngImage.Load(RepositoryRoot.Combine("manifest", file));

    [Fact]
    public void Color_icon_is_192_pixels_square()
    {
        var color = Icon("color.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Contains(color.ColorType, new[] { PngImage.ColorTypeRgb, PngImage.ColorTypeRgba });
    }

    [Fact]
    public void Outline_icon_is_32_pixels_square_with_an_alpha_channel()
    {
        var outline = Icon("outline.png");

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.HasAlphaChannel, $"colour type {outline.ColorType} has no transparency");
    }

    [Fact]
    public void Outline_icon_is_only_white_on_transparent()
    {
        var outline = Icon("outline.png");
        var visible = 0;
        for (var y = 0; y < outline.Height; y++)
        {
            for (var x = 0; x < outline.Width; x++)
            {
                var (r, g, b, a) = outline[x, y];
                if (a == 0)
                {
                    continue;
                }
                Assert.True((r, g, b) == (255, 255, 255), $"pixel ({x},{y}) is rgba({r},{g},{b},{a}), not white");
                visible++;
            }
        }

        // Something is drawn, and the background (the corners) is see-through.
        Assert.InRange(visible, 100, (32 * 32) - 100);
        Assert.Equal(0, outline[0, 0].A);
        Assert.Equal(0, outline[31, 31].A);
    }

    [Fact]
    public void Color_icon_is_opaque_and_not_blank()
    {
        var color = Icon("color.png");
        var colours = new HashSet<(byte, byte, byte)>();
        for (var y = 0; y < color.Height; y += 4)
        {
            for (var x = 0; x < color.Width; x += 4)
            {
                var (r, g, b, a) = color[x, y];
                Assert.Equal(255, a);
                colours.Add((r, g, b));
            }
        }
        Assert.True(colours.Count > 10, "the colour icon looks blank");
    }
}
