using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// The Microsoft 365 Agents Playground (a local Teams client and mock Bot Connector) against a bot endpoint,
/// with the repository's .m365agentsplayground.yml, in a working folder of its own so that its
/// devTools/ log belongs to this run.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _workingDirectory;

    private PlaygroundProcess(ChildProcess process, string workingDirectory, int port)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        Url = $"http://localhost:{port}/";
    }

    public string Url { get; }

    /// <summary>The Playground's own log: the reason it rejected the config file, the activities it relayed.</summary>
    public string LogPath => Path.Combine(_workingDirectory, "devTools", "m365agentsplayground.log");

    public string ConsoleOutput => _process.Output;

    /// <param name="botEndpoint">The bot's /api/messages.</param>
    /// <param name="personalChatId">
    /// Replaces personalChat.id of the config file: the bot welcomes a conversation once, and its state
    /// outlives this Playground in a shared Azurite, so each test needs a conversation of its own.
    /// </param>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string personalChatId)
    {
        var agentsPlayground = RepositoryRoot.Combine("node_modules", ".bin", "agentsplayground");
        if (!File.Exists(agentsPlayground))
        {
            throw new InvalidOperationException($"{agentsPlayground} is missing: run ./test.sh (npm ci) first.");
        }

        var workingDirectory = Directory.CreateTempSubdirectory("kvu-e2e-playground-").FullName;
        var config = await File.ReadAllTextAsync(RepositoryRoot.Combine(".m365agentsplayground.yml"));
        var personalChat = PersonalChatId();
        if (!personalChat.IsMatch(config))
        {
            throw new InvalidOperationException("No 'personalChat:' with an 'id:' on the next line in .m365agentsplayground.yml.");
        }

        await File.WriteAllTextAsync(Path.Combine(workingDirectory, ".m365agentsplayground.yml"),
            personalChat.Replace(config, "${prefix}" + personalChatId, 1));

        var process = ChildProcess.Start("Agents Playground", agentsPlayground,
            ["-e", botEndpoint.ToString(), "-c", "msteams", "--disable-telemetry", "-p", FreePort().ToString(CultureInfo.InvariantCulture)],
            workingDirectory,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        try
        {
            // If the port was taken meanwhile the Playground silently picks another: use the one it reports.
            var listening = await process.WaitForOutputAsync(Listening(), TimeSpan.FromSeconds(30));
            var port = int.Parse(listening.Groups["port"].Value, CultureInfo.InvariantCulture);
            var playground = new PlaygroundProcess(process, workingDirectory, port);
            await playground.WaitUntilServingAsync(TimeSpan.FromSeconds(30));
            return playground;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>An invalid .m365agentsplayground.yml makes it exit only after "Listening": wait until the page is served.</summary>
    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                var log = File.Exists(LogPath) ? await File.ReadAllTextAsync(LogPath) : "(no log)";
                throw new InvalidOperationException($"The Agents Playground exited. Its log ({LogPath}):\n{log}\nConsole:\n{ConsoleOutput}");
            }

            try
            {
                using var response = await http.GetAsync(Url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The Agents Playground did not serve {Url} within {timeout.TotalSeconds:0} s.\n{ConsoleOutput}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// If another process takes the port before the Playground binds it, the Playground picks another one
    /// itself, and StartAsync reads which from its output.
    /// </summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (?<port>\d+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"(?<prefix>^personalChat:[ \t]*\r?\n[ \t]+id:[ \t]*).*$", RegexOptions.Multiline)]
    private static partial Regex PersonalChatId();
}
