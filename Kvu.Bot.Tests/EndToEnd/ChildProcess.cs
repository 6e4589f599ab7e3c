using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// A long-running tool the end-to-end test starts (the Agents Playground): its output is kept for the failure
/// report, and it is stopped with SIGINT first, because the Playground ignores SIGTERM once a browser has connected.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int SigInt = 2;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> _waits = [];

    private ChildProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process, name);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Exited += (_, _) => child.FailWaits();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for a line of output matching <paramref name="pattern"/>; fails at once if the process exits.</summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var match = pattern.Match(_output.ToString());
            if (match.Success)
            {
                return match;
            }

            _waits.Add((pattern, found));
        }

        if (_process.HasExited)
        {
            FailWaits();
        }

        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} printed no line matching '{pattern}' within {timeout.TotalSeconds:0} s. Output:\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _ = SendSignal(_process.Id, SigInt);
                using var graceful = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(graceful.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing left to stop.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
            var text = _output.ToString();
            for (var i = _waits.Count - 1; i >= 0; i--)
            {
                var match = _waits[i].Pattern.Match(text);
                if (match.Success)
                {
                    _waits[i].Found.TrySetResult(match);
                    _waits.RemoveAt(i);
                }
            }
        }
    }

    private void FailWaits()
    {
        lock (_gate)
        {
            if (_waits.Count == 0)
            {
                return; // Exited after start-up (or while being disposed): nobody is waiting.
            }
        }

        string exitCode;
        try
        {
            // Let the output readers deliver the last lines (the reason it stopped), but not forever: a grandchild
            // could keep the pipes open.
            Task.Run(() => _process.WaitForExit()).Wait(TimeSpan.FromSeconds(2));
            exitCode = _process.ExitCode.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidOperationException or AggregateException)
        {
            exitCode = "unknown";
        }

        lock (_gate)
        {
            foreach (var (_, found) in _waits)
            {
                found.TrySetException(new InvalidOperationException(
                    $"{Name} exited (code {exitCode}) before it was ready. Output:\n{_output}"));
            }

            _waits.Clear();
        }
    }

    /// <summary>.NET can only SIGKILL a process; SIGINT needs libc. (DllImport: LibraryImport would need unsafe code.)</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
