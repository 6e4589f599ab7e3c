using System.Globalization;
using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>What a weekly status is about: the project as it is now, and the period since the last post.</summary>
public sealed record StatusContext(KvuProject Project, DateTimeOffset Since, DateTimeOffset Now, CultureInfo Culture)
{
    /// <summary>The decision log of the period, oldest first.</summary>
    public IEnumerable<Decision> Changes => Project.Decisions.Where(d => d.At > Since && d.At <= Now);
}
