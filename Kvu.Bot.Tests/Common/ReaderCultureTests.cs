using System.Globalization;
using Kvu.Bot.Common;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Common;

public sealed class ReaderCultureTests
{
    [Theory]
    [InlineData("nl-NL", "nl-NL")]
    [InlineData("nl", "nl-NL")]
    [InlineData("nl-BE", "nl-NL")]
    [InlineData("de-DE", "nl-NL")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-GB")]
    public void A_reader_gets_her_own_English_and_Dutch_otherwise(string teams, string expected) =>
        Assert.Equal(expected, ReaderCulture.For(CultureInfo.GetCultureInfo(teams)).Name);

    [Fact]
    public void A_Dutch_date_reads_as_a_gemeente_writes_it() =>
        Assert.Equal("5 december 2026", new DateOnly(2026, 12, 5).ToString("d MMMM yyyy", ReaderCulture.For(CultureInfo.GetCultureInfo("nl"))));

    [Fact]
    public void Only_the_reader_culture_names_the_Dutch_culture()
    {
        var lookups = Directory.EnumerateFiles(RepositoryRoot.Combine("Kvu.Bot"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/") && !path.Contains("/bin/"))
            .Where(path => File.ReadAllText(path) is var code && (code.Contains("GetCultureInfo(\"nl") || code.Contains("new CultureInfo(\"nl")))
            .Select(path => Path.GetRelativePath(RepositoryRoot.Combine("Kvu.Bot"), path))
            .ToList();

        Assert.Equal(["Common/ReaderCulture.cs"], lookups);
    }
}
