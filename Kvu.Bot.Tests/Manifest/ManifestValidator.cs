using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Manifest;

/// <summary>manifest/validate.cjs: the official Teams schemas from @microsoft/app-manifest, offline.</summary>
public static class ManifestValidator
{
    public static Task<ProcessResult> ValidateAsync(string manifestPath)
    {
        NodeTool.RequirePackage("@microsoft/app-manifest");
        return NodeTool.RunScriptAsync(RepositoryRoot.Combine("manifest", "validate.cjs"), [manifestPath]);
    }
}
