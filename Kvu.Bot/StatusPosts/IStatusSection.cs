using System.Text.Json.Nodes;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// One part of the weekly status card. Features add theirs by registering an implementation in DI
/// (<c>services.AddSingleton&lt;IStatusSection, MeetingsStatusSection&gt;()</c>, e.g. meetings held and planned);
/// the card shows sections by <see cref="Order"/>. A section with nothing to say returns no elements.
/// Sections are pure: they read the context and build card elements, nothing else.
/// </summary>
public interface IStatusSection
{
    /// <summary>Changes 100, meetings 200, open points 300, success factors 400; leave gaps for others.</summary>
    int Order { get; }

    IReadOnlyList<JsonObject> Build(StatusContext context);
}
