using System.Globalization;

namespace Kvu.Bot.Bench;

/// <summary>CPU time (user + system) of another process from /proc/PID/stat, e.g. Azurite's node process.</summary>
internal static class ProcessCpu
{
    /// <summary>/proc's clock ticks; 100 per second on every Linux the bench runs on (sysconf(_SC_CLK_TCK)).</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");

            // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}
