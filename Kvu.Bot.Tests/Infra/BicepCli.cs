using System.Reflection;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Infra;

/// <summary>
/// The Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64, fetched by PackageDownload in the test
/// project); its path reaches the tests as the BicepCliPath assembly metadata.
/// </summary>
public static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    public static string Path => Executable.Value;

    /// <summary>
    /// What infra/main.bicepparam reads with readEnvironmentVariable: KVU_ALERT_EMAIL is required (the parameters
    /// do not build without it); the SSO variables are left out, as in a first deployment without sign-in.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> ParameterEnvironment = new Dictionary<string, string?>
    {
        ["KVU_ALERT_EMAIL"] = "beheer@gemeente.example",
        ["KVU_SSO_APP_ID"] = null,
        ["SECRET_KVU_SSO_CLIENT_SECRET"] = null,
    };

    public static Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(ParameterEnvironment, arguments);

    public static Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ExternalProcess.RunAsync(Path, arguments, RepositoryRoot.Path, environment, TimeSpan.FromMinutes(3));

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepCliPath").Value
            ?? throw new InvalidOperationException("BicepCliPath metadata is empty");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Bicep CLI not found at {path}: did `dotnet restore` run?");
        }
        // NuGet extracts package files without guaranteeing the executable bit. The package is linux-x64 only.
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The Bicep CLI package used by the tests is linux-x64");
        }
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | executable);
        }
        return path;
    }
}
