using System.Text;
using System.Text.RegularExpressions;

namespace Kvu.Bot.Tests.Architecture;

/// <summary>
/// Which top-level folder of Kvu.Bot uses which, read from the source: namespaces follow folders, so a file in
/// <c>Approvals/</c> uses <c>Formation/</c> when it imports <c>Kvu.Bot.Formation</c> (a <c>using</c>, a fully
/// qualified <c>Kvu.Bot.Formation.X</c>) or names <c>Formation.X</c> from inside <c>Kvu.Bot</c> where X is a type or
/// namespace declared there. Comments and string literals are skipped. Files at the project root (Program.cs)
/// wire everything and are not a folder.
/// </summary>
public sealed partial class FolderGraph
{
    private const string RootNamespace = "Kvu.Bot";

    private FolderGraph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> edges, IReadOnlyList<string> misplaced)
    {
        Edges = edges;
        Misplaced = misplaced;
    }

    /// <summary>Folder → the folders it uses → the files (relative paths) that use them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Edges { get; }

    /// <summary>Files whose namespace is not under their top-level folder (the reading above would miss what they use).</summary>
    public IReadOnlyList<string> Misplaced { get; }

    public IEnumerable<string> Folders => Edges.Keys;

    public static FolderGraph Read(string projectDirectory)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(projectDirectory, path).Replace('\\', '/'))
            .Where(path => path.Contains('/') && !path.StartsWith("bin/") && !path.StartsWith("obj/"))
            .Select(path => (Path: path, Folder: path[..path.IndexOf('/')], Code: CodeOnly(File.ReadAllText(Path.Combine(projectDirectory, path)))))
            .ToList();
        var folders = files.Select(f => f.Folder).ToHashSet();

        // The names each folder declares (types and namespaces below it), to tell Formation.Cards.CardParts from a
        // property called Formation.
        var declared = folders.ToDictionary(f => f, _ => new HashSet<string>());
        foreach (var file in files)
        {
            declared[file.Folder].UnionWith(TypeDeclaration().Matches(file.Code).Select(m => m.Groups[1].Value));
            foreach (Match ns in NamespaceDeclaration().Matches(file.Code))
            {
                declared[file.Folder].UnionWith(ns.Groups[1].Value.Split('.').Skip(3));
            }
        }

        var edges = folders.ToDictionary(f => f, _ => new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal));
        var misplaced = new List<string>();
        foreach (var file in files)
        {
            var ns = NamespaceDeclaration().Match(file.Code).Groups[1].Value;
            if (ns != $"{RootNamespace}.{file.Folder}" && !ns.StartsWith($"{RootNamespace}.{file.Folder}.", StringComparison.Ordinal))
            {
                misplaced.Add($"{file.Path} (namespace {(ns.Length == 0 ? "none" : ns)})");
            }

            var used = QualifiedUse().Matches(file.Code).Select(m => m.Groups[1].Value)
                .Concat(RelativeUse().Matches(file.Code).Where(m => declared.TryGetValue(m.Groups[1].Value, out var names) && names.Contains(m.Groups[2].Value)).Select(m => m.Groups[1].Value));
            foreach (var other in used.Where(o => o != file.Folder && folders.Contains(o)))
            {
                if (!edges[file.Folder].TryGetValue(other, out var users))
                {
                    edges[file.Folder][other] = users = new SortedSet<string>(StringComparer.Ordinal);
                }

                users.Add(file.Path);
            }
        }

        return new FolderGraph(
            edges.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, IReadOnlyList<string>>)e.Value.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)[.. u.Value])),
            misplaced);
    }

    /// <summary>One cycle per group of folders that reach each other, as "A → B → A", shortest first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>();
        foreach (var start in Folders.Order(StringComparer.Ordinal))
        {
            if (seen.Contains(start) || ShortestPath(start, start) is not { } cycle)
            {
                continue;
            }

            seen.UnionWith(Folders.Where(f => ShortestPath(start, f) is not null && ShortestPath(f, start) is not null));
            cycles.Add(cycle);
        }

        return cycles;
    }

    /// <summary>"Formation → Storage: Formation/Flow/FormationFlow.cs, ..." for each step of a path.</summary>
    public string Explain(IReadOnlyList<string> path)
    {
        var text = new StringBuilder(string.Join(" → ", path));
        for (var i = 0; i + 1 < path.Count; i++)
        {
            text.Append($"\n  {path[i]} → {path[i + 1]}: {string.Join(", ", Edges[path[i]][path[i + 1]])}");
        }

        return text.ToString();
    }

    /// <summary>The graph as "A → B, C" lines, for a failure message or a report.</summary>
    public override string ToString() =>
        string.Join("\n", Edges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} → {string.Join(", ", e.Value.Keys)}"));

    /// <summary>Breadth first, so the cycle named is a shortest one: from → ... → to, at least one step.</summary>
    private List<string>? ShortestPath(string from, string to)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var folder))
        {
            foreach (var next in Edges[folder].Keys)
            {
                if (next == to)
                {
                    var path = new List<string> { to, folder };
                    for (var at = folder; at != from; at = previous[at])
                    {
                        path.Add(previous[at]);
                    }

                    path.Reverse();
                    return path;
                }

                if (next != from && previous.TryAdd(next, folder))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    /// <summary>The source without comments and string or character literals, each replaced by a space.</summary>
    private static string CodeOnly(string source)
    {
        var code = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = source.IndexOf('\n', i) is var end and >= 0 ? end - 1 : source.Length;
                code.Append(' ');
            }
            else if (c == '/' && next == '*')
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 1 : source.Length;
                code.Append(' ');
            }
            else if (c == '"' && next == '"' && i + 2 < source.Length && source[i + 2] == '"')
            {
                var quotes = 3;
                while (i + quotes < source.Length && source[i + quotes] == '"')
                {
                    quotes++;
                }

                var close = source.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                i = close >= 0 ? close + quotes - 1 : source.Length;
                code.Append(' ');
            }
            else if (c is '"' or '\'')
            {
                var verbatim = i > 0 && (source[i - 1] == '@' || (source[i - 1] == '$' && i > 1 && source[i - 2] == '@'));
                for (i++; i < source.Length && source[i] != c; i++)
                {
                    if (source[i] == '\\' && !verbatim)
                    {
                        i++;
                    }
                    else if (verbatim && source[i] == '"' && i + 1 < source.Length && source[i + 1] == '"')
                    {
                        i++;
                    }
                }

                code.Append(' ');
            }
            else
            {
                code.Append(c);
            }
        }

        return code.ToString();
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?Kvu\.Bot\.(\w+)")]
    private static partial Regex QualifiedUse();

    [GeneratedRegex(@"(?<![\w.])(\w+)\.(\w+)")]
    private static partial Regex RelativeUse();
}
