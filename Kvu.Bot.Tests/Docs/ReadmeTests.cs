using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Docs;

// The README is what people read first: its two commands, the command table and the layout must stay true as the
// code moves, and no document may link to a file that is gone.
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));

    [Fact]
    public void The_quick_start_commands_are_the_executable_scripts_at_the_root()
    {
        var block = Section("## Quick start");
        var commands = Regex.Matches(block, @"^(\./\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        Assert.Equal(["./run.sh", "./test.sh"], commands);
        foreach (var script in commands)
        {
            var path = RepositoryRoot.Combine(script[2..]);
            Assert.True(File.Exists(path), $"{script} does not exist");
            Assert.True(OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, $"{script} is not executable");
        }
    }

    [Fact]
    public void The_command_table_is_one_table_naming_every_command_help_lists()
    {
        var section = Section("## What a projectleider can do").Split('\n');
        var rows = section.Select((line, i) => (line, i)).Where(l => l.line.StartsWith('|')).ToList();
        var commands = string.Join("\n", rows.Select(r => r.line.Split('|')[1]));

        Assert.True(rows.Count > 10, "the command table is missing");
        Assert.True(rows[^1].i - rows[0].i == rows.Count - 1, "the command table is broken by a line that is not a row");
        foreach (var help in HelpCommands())
        {
            var fixedCommand = FixedCommand().IsMatch(help);
            var expected = fixedCommand ? help : help.Split(' ')[0];
            Assert.True(commands.Contains($"`{expected}", StringComparison.Ordinal), $"the README's command table lacks `{expected}` (help: `{help}`)");
        }
    }

    [Fact]
    public void The_layout_lists_every_folder_of_the_bot_and_no_other()
    {
        var layout = Section("## Layout");
        var listed = Regex.Matches(layout, @"^  (\w+)/", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var folders = Directory.GetDirectories(RepositoryRoot.Combine("Kvu.Bot")).Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj"));

        Assert.Equal(folders.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/configuration.md")]
    [InlineData("docs/meetings.md")]
    [InlineData("docs/weekly-status.md")]
    [InlineData("docs/testing.md")]
    [InlineData("docs/performance.md")]
    [InlineData("docs/privacy.md")]
    [InlineData("infra/README.md")]
    [InlineData("manifest/README.md")]
    public void A_document_links_only_to_files_that_exist_and_holds_no_merge_leftovers(string document)
    {
        var path = RepositoryRoot.Combine(document);
        var text = File.ReadAllText(path);

        Assert.DoesNotMatch(@"<!-- (BEGIN|END) |^(<<<<<<<|>>>>>>>|=======$)", text);
        foreach (Match link in RelativeLink().Matches(text))
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, link.Groups[1].Value));
            Assert.True(File.Exists(target) || Directory.Exists(target), $"{document} links to {link.Groups[1].Value}, which does not exist");
        }
    }

    private static string Section(string heading)
    {
        var start = Readme.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no \"{heading}\"");
        var end = Readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return Readme[start..(end < 0 ? Readme.Length : end)];
    }

    /// <summary>The commands `help` shows (Dutch): the first `code` of each HelpCommand* text.</summary>
    private static IEnumerable<string> HelpCommands() =>
        XDocument.Load(RepositoryRoot.Combine("Kvu.Bot", "Conversations", "Texts.resx")).Root!.Elements("data")
            .Where(d => ((string?)d.Attribute("name"))?.StartsWith("HelpCommand", StringComparison.Ordinal) == true)
            .Select(d => Regex.Match((string?)d.Element("value") ?? "", "`([^`]+)`").Groups[1].Value)
            .Where(c => c.Length > 0);

    // A command of fixed words (`logboek controleren`), not one with the user's own text after it (`begrip X = ...`).
    [GeneratedRegex("^[a-z]+( [a-z]+)*$")]
    private static partial Regex FixedCommand();

    [GeneratedRegex(@"\]\((?!https?:|mailto:|#)([^)#\s]+)(#[^)]*)?\)")]
    private static partial Regex RelativeLink();
}
