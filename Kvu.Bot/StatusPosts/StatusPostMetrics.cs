using System.Diagnostics.Metrics;

namespace Kvu.Bot.StatusPosts;

/// <summary>Counters per run outcome, for Application Insights / OpenTelemetry (meter "Kvu.Bot.StatusPosts").</summary>
public sealed class StatusPostMetrics
{
    public const string MeterName = "Kvu.Bot.StatusPosts";

    private readonly Counter<long> _posted;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _channelGone;
    private readonly Counter<long> _runs;

    public StatusPostMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _posted = meter.CreateCounter<long>("kvu.status_posts.posted", description: "Weekly status posts delivered");
        _skipped = meter.CreateCounter<long>("kvu.status_posts.skipped", description: "Due posts another instance had, or already posted");
        _failed = meter.CreateCounter<long>("kvu.status_posts.failed", description: "Posts that failed (retried later until MaxAttempts)");
        _throttled = meter.CreateCounter<long>("kvu.status_posts.throttled", description: "429 answers from the Bot Connector");
        _channelGone = meter.CreateCounter<long>("kvu.status_posts.channel_gone", description: "Channels the bot was removed from (403/404)");
        _runs = meter.CreateCounter<long>("kvu.status_posts.runs", description: "Scheduler runs");
    }

    public void Record(StatusRunReport report)
    {
        _runs.Add(1);
        _posted.Add(report.Posted);
        _skipped.Add(report.Skipped);
        _failed.Add(report.Failed);
        _throttled.Add(report.Throttled);
        _channelGone.Add(report.ChannelGone);
    }
}
