using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// A real Azurite Table service in memory on a free port. Started from node_modules/.bin/azurite-table
/// directly: killing an npx wrapper would leave its child holding the port. StopAsync/StartAsync restart it
/// on the same port to simulate a storage outage; being in memory, a restarted Azurite has no tables.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime, IDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key (public, documented by Microsoft; not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly StringBuilder _output = new();
    private Process? _process;

    private string? _dataDirectory;

    public AzuriteFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Port = FindFreePort();
    }

    /// <summary>An Azurite that keeps its data in <paramref name="dataDirectory"/>, so it survives Stop/Start (outage tests).</summary>
    public static AzuriteFixture Persistent(string dataDirectory) => new() { _dataDirectory = dataDirectory };

    public string RepositoryRoot { get; }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/{AccountName};";

    public Task InitializeAsync() => StartAsync();

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public async Task StartAsync()
    {
        var executable = Path.Combine(RepositoryRoot, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run ./test.sh (npm ci) first.");
        }

        lock (_gate)
        {
            if (_process is { HasExited: false })
            {
                return;
            }

            _output.Clear();
            var startInfo = new ProcessStartInfo(executable)
            {
                WorkingDirectory = RepositoryRoot,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var persistence = _dataDirectory is null ? new[] { "--inMemoryPersistence" } : ["--location", _dataDirectory];
            foreach (var argument in persistence.Concat(new[]
                     {
                         "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                         "--disableTelemetry", "--silent",
                     }))
            {
                startInfo.ArgumentList.Add(argument);
            }

            var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _process = process;
        }

        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on port {Port}: {Output()}");
            }

            if (await AcceptsConnectionsAsync().ConfigureAwait(false))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Kill();
                throw new TimeoutException($"Azurite did not accept connections on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds:0} s. Output: {Output()}");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    public async Task StopAsync()
    {
        Process? process;
        lock (_gate)
        {
            process = _process;
            _process = null;
        }

        if (process is null)
        {
            return;
        }

        if (!process.HasExited && _dataDirectory is not null)
        {
            // Azurite writes its data files on a graceful shutdown (SIGINT, which it alone handles); SIGKILL would lose
            // recent writes, which a real storage outage never does.
            using var terminate = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await terminate.WaitForExitAsync().ConfigureAwait(false);
            using var graceful = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(graceful.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Not down in time: fall through to the hard stop.
            }
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        process.Dispose();

        // The listening socket closes with the process; wait until nothing answers, so a test that expects
        // an outage gets one.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await AcceptsConnectionsAsync().ConfigureAwait(false) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    public void Dispose() => Kill();

    private void Kill()
    {
        lock (_gate)
        {
            if (_process is null)
            {
                return;
            }

            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Exited between the check and the kill.
            }

            _process.Dispose();
            _process = null;
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.Length == 0 ? "(no output)" : _output.ToString();
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kvu.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Kvu.sln not found in {AppContext.BaseDirectory} or any parent directory.");
    }

    private static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
