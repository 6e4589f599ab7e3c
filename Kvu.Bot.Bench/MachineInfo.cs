using System.Globalization;

namespace Kvu.Bot.Bench;

/// <summary>What the numbers were measured on: cores, memory, CPU model, and how busy the machine already was.</summary>
internal sealed record MachineInfo(int Cores, double MemoryGiB, string CpuModel, string LoadAverage, string Runtime)
{
    public static MachineInfo Read()
    {
        var cpu = TryRead("/proc/cpuinfo")
            .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memTotal = TryRead("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var memoryGiB = memTotal is null ? 0 : long.Parse(memTotal["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
        var load = string.Join(' ', TryRead("/proc/loadavg").FirstOrDefault()?.Split(' ').Take(3) ?? []);
        return new MachineInfo(Environment.ProcessorCount, memoryGiB, cpu, load, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
    }

    public static string LoadAverageNow() => string.Join(' ', TryRead("/proc/loadavg").FirstOrDefault()?.Split(' ').Take(3) ?? []);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"nproc {Cores}, {MemoryGiB:0.0} GiB memory, CPU \"{CpuModel}\", {Runtime}, load average at start {LoadAverage}");

    private static IEnumerable<string> TryRead(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return [];
        }
    }
}
