using System.Xml.Linq;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Architecture;

/// <summary>
/// The texts users read live in .resx files, Dutch (the neutral file) and English (.en.resx). A name written twice is
/// a merge leftover: the compiler keeps the first and warns, so which wording users get depends on the order of lines.
/// A name in one language only shows the other language's text to half the users.
/// </summary>
public class ResourceFileTests
{
    /// <summary>Texts that are Dutch for everyone: the documents a gemeente files with B&amp;W and the gemeenteraad.</summary>
    private static readonly string[] DutchOnly = [Path.Combine("Documents", "Wording.resx")];

    public static TheoryData<string> Dutch() =>
        new(Directory.EnumerateFiles(RepositoryRoot.Combine("Kvu.Bot"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Combine("Kvu.Bot"), f)));

    [Theory]
    [MemberData(nameof(Dutch))]
    public void Every_text_is_named_once_in_each_language(string file)
    {
        foreach (var path in new[] { file, English(file) }.Where(f => File.Exists(Full(f))))
        {
            var twice = Names(path).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{path} names these texts more than once: {string.Join(", ", twice)}");
        }
    }

    [Theory]
    [MemberData(nameof(Dutch))]
    public void Both_languages_have_the_same_texts(string file)
    {
        if (DutchOnly.Contains(file))
        {
            Assert.False(File.Exists(Full(English(file))), $"{file} is Dutch for everyone, yet has an English file");
            return;
        }

        Assert.True(File.Exists(Full(English(file))), $"{file} has no English file beside it");
        var dutch = Names(file).ToHashSet();
        var english = Names(English(file)).ToHashSet();

        Assert.True(dutch.SetEquals(english),
            $"{file}: only in Dutch: {string.Join(", ", dutch.Except(english))}; only in English: {string.Join(", ", english.Except(dutch))}");
    }

    private static string English(string file) => Path.ChangeExtension(file, ".en.resx");

    private static string Full(string file) => RepositoryRoot.Combine("Kvu.Bot", file);

    private static IEnumerable<string> Names(string file) =>
        XDocument.Load(Full(file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);
}
