using Kvu.Bot.Meetings;
using Kvu.Bot.StatusPosts;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>The meetings in the progress report are the Meetings feature's: it registers their sections and facts; the report itself knows no meetings.</summary>
public class MeetingReportTests
{
    [Fact]
    public void The_meetings_sections_and_facts_come_with_the_Meetings_feature()
    {
        var report = new ServiceCollection().AddKvuStatusPosts();
        var meetings = new ServiceCollection().AddKvuMeetings();

        Assert.Equal(
            [typeof(MeetingHeldSection), typeof(MeetingsSection), typeof(NextMeetingSection)],
            Implementations<IReportSection>(meetings));
        Assert.Equal([typeof(MeetingReportFacts)], Implementations<IReportFacts>(meetings));
        Assert.Empty(Implementations<IReportFacts>(report));
        Assert.DoesNotContain(Implementations<IReportSection>(report), t => t?.Namespace == typeof(MeetingStore).Namespace);
    }

    private static Type?[] Implementations<T>(IServiceCollection services) =>
        [.. services.Where(d => d.ServiceType == typeof(T)).Select(d => d.ImplementationType)];
}
