namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Runs the repository's Node.js scripts (manifest validation and packaging, later card validation).
/// Their npm packages come from the root package.json: `npm ci` must have run first.
/// </summary>
public static class NodeTool
{
    public static void RequirePackage(string packageName)
    {
        var folder = RepositoryRoot.Combine("node_modules", packageName);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"npm package {packageName} is not installed in {RepositoryRoot.Path}: run `npm ci` there first.");
        }
    }

    public static Task<ProcessResult> RunScriptAsync(
        string scriptPath,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null) =>
        ExternalProcess.RunAsync("node", [scriptPath, .. arguments], RepositoryRoot.Path, environment);
}
