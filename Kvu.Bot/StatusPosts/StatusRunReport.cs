namespace Kvu.Bot.StatusPosts;

/// <summary>One scheduler run: posts found due (or pending), and what became of them. Throttled counts 429 answers.</summary>
public sealed record StatusRunReport(int Due, int Posted, int Skipped, int Failed, int Throttled, int ChannelGone, int SlotsScanned);
