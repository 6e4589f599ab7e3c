using System.Globalization;

namespace Kvu.Bot.Bench;

/// <summary>Resident set size from /proc (Linux), in MiB: this process (bot, fake connector and load) or another.</summary>
internal static class ProcessMemory
{
    public static double RssMiB(int? processId = null) => ReadKiB(processId, "VmRSS:") / 1024.0;

    /// <summary>The kernel's high-water mark of the resident set since the process started.</summary>
    public static double PeakRssMiB(int? processId = null) => ReadKiB(processId, "VmHWM:") / 1024.0;

    private static long ReadKiB(int? processId, string field)
    {
        var path = processId is int id ? $"/proc/{id}/status" : "/proc/self/status";
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
