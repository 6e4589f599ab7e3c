namespace Kvu.Bot.StatusPosts;

/// <summary>What became of a run's posts, counted from the tenants' parallel work.</summary>
public sealed class StatusRunTally
{
    private readonly int[] _outcomes = new int[Enum.GetValues<StatusPostOutcome>().Length];
    private int _throttled;
    private int _unclaimed;

    public int Throttles => Volatile.Read(ref _throttled);

    /// <summary>Posts that failed before they were claimed: they have no pending row, so the run must not move its checkpoint.</summary>
    public int UnclaimedFailures => Volatile.Read(ref _unclaimed);

    public int this[StatusPostOutcome outcome] => Volatile.Read(ref _outcomes[(int)outcome]);

    public void Add(StatusPostOutcome outcome, int count = 1) => Interlocked.Add(ref _outcomes[(int)outcome], count);

    public void Throttled(int count) => Interlocked.Add(ref _throttled, count);

    public void Unclaimed(int count)
    {
        Add(StatusPostOutcome.Failed, count);
        Interlocked.Add(ref _unclaimed, count);
    }
}
