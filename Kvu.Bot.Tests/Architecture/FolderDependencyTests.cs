using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Architecture;

/// <summary>
/// Top-level folders of Kvu.Bot import each other in one direction: a cycle means two features can no longer be
/// changed, read or moved apart.
/// </summary>
public class FolderDependencyTests
{
    private static readonly FolderGraph Graph = FolderGraph.Read(RepositoryRoot.Combine("Kvu.Bot"));

    /// <summary>
    /// Bottom to top: a folder imports only folders before it. Common is the shared kit, Storage the generic Table
    /// infrastructure, Conversations the bot's edge and flow engine; the features follow; Privacy (the AVG) erases from
    /// all of them and nothing but Hosting uses it; Hosting wires everything.
    /// </summary>
    private static readonly string[] Layers = ["Common", "Storage", "Conversations", "Files", "Formation", "Approvals", "StatusPosts", "Meetings", "Cycle", "Plan", "Evaluation", "Documents", "Privacy", "Dashboard", "Hosting"];

    [Fact]
    public void Top_level_folders_import_each_other_without_cycles()
    {
        var cycles = Graph.Cycles();

        Assert.True(cycles.Count == 0, "Folder cycles:\n" + string.Join("\n", cycles.Select(Graph.Explain)) + "\n\nAll imports:\n" + Graph);
    }

    [Fact]
    public void A_folder_imports_only_the_folders_below_it()
    {
        Assert.Empty(Graph.Folders.Except(Layers)); // a new folder gets its place in Layers
        var upward = Graph.Edges
            .SelectMany(from => from.Value.Where(to => Array.IndexOf(Layers, to.Key) > Array.IndexOf(Layers, from.Key))
                .Select(to => $"{from.Key} → {to.Key}: {string.Join(", ", to.Value)}"))
            .ToList();

        Assert.True(upward.Count == 0, "Imports against the order " + string.Join(" < ", Layers) + ":\n" + string.Join("\n", upward));
    }

    [Fact]
    public void Every_file_has_the_namespace_of_its_folder()
    {
        Assert.True(Graph.Misplaced.Count == 0, "Namespace does not follow the folder: " + string.Join(", ", Graph.Misplaced));
    }

    [Fact]
    public void The_reading_finds_the_imports_that_are_known_to_be_there()
    {
        // Guards the reading itself: if it found nothing, the cycle test above could not fail.
        Assert.Contains("Storage", Graph.Edges["Formation"].Keys);
        Assert.Contains("Conversations", Graph.Edges["Approvals"].Keys);
        Assert.Contains("Conversations", Graph.Edges["Hosting"].Keys);
    }

    [Fact]
    public void Global_usings_import_only_the_bottom_layer_and_never_the_Bot_Framework()
    {
        // A global using is an import of every folder that the reading above cannot see: only Common (which every
        // folder may use) may be one; Bot Framework namespaces stay named in the files at the edges.
        var globals = File.ReadAllLines(RepositoryRoot.Combine("Kvu.Bot", "GlobalUsings.cs"))
            .Where(l => l.StartsWith("global using ", StringComparison.Ordinal))
            .Select(l => l["global using ".Length..].TrimEnd(';').Trim())
            .ToList();

        Assert.Contains("Kvu.Bot.Common", globals);
        Assert.All(globals.Where(g => g.StartsWith("Kvu.Bot.", StringComparison.Ordinal)), g => Assert.StartsWith("Kvu.Bot." + Layers[0], g));
        Assert.DoesNotContain(globals, g => g.StartsWith("Microsoft.Bot", StringComparison.Ordinal) || g.StartsWith("Newtonsoft", StringComparison.Ordinal));
    }
}
