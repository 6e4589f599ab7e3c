using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// "weekstatus" in conversation: shows when the weekly status is posted and where (and whether the channel still
/// works); "weekstatus dinsdag 8:30" changes the moment, "weekstatus pauze" / "weekstatus aan" stop and resume it.
/// Only the projectleider changes it. Said in the projectleider's personal chat, it also tells the bot where to
/// report a channel the bot was removed from.
/// </summary>
public sealed partial class StatusScheduleFeature(StatusScheduleStore schedules, ProjectStore projects, ProjectAccessStore access) : IMessageFeature
{
    public const string Verb = StatusCommands.Schedule;

    /// <summary>Day names as people type them, in full or short, Dutch or English ("dinsdag", "di", "tuesday", "tue").</summary>
    private static readonly Dictionary<string, DayOfWeek> Days = new[] { "nl-NL", "en-US" }
        .Select(name => CultureInfo.GetCultureInfo(name).DateTimeFormat)
        .SelectMany(format => Enum.GetValues<DayOfWeek>().SelectMany(day => new[] { format.GetDayName(day), format.GetAbbreviatedDayName(day) }
            .Select(name => (Name: name.ToLowerInvariant().TrimEnd('.'), Day: day))))
        .DistinctBy(entry => entry.Name)
        .ToDictionary(entry => entry.Name, entry => entry.Day, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Verbs { get; } = [Verb];

    public MessageRank? Rank(FlowInput input, UserConversation user) =>
        input.Data is null && StatusText.Words[StatusWord.Schedule].StartText(input.Text, out _) ? MessageRank.Command : null;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var request = Parse(input);
        if (request is null)
        {
            return null;
        }

        var culture = input.Culture;
        var tenant = input.User.TenantId;
        var projectId = await access.ActiveOrLatestAsync(tenant, input.User.Key, user.ActiveProjectId, cancellationToken);
        var grantForProject = projectId is null ? null : await access.GetAsync(tenant, input.User.Key, projectId, cancellationToken);
        var project = grantForProject is null ? null : await projects.GetAsync(new ProjectKey(tenant, projectId!), cancellationToken);
        if (project is null)
        {
            return [Reply.Say(StatusText.Get(StatusText.ScheduleNoProject, culture))];
        }

        var isProjectleider = grantForProject!.Role == ProjectAccessRole.Projectleider;
        if (request.Kind != RequestKind.Show && !isProjectleider)
        {
            return [Reply.Say(StatusText.Get(StatusText.ScheduleOnlyProjectleider, culture))];
        }

        if (request.Kind == RequestKind.Unclear)
        {
            return [Reply.Say(StatusText.Get(StatusText.ScheduleHelp, culture))];
        }

        var personal = isProjectleider && input.Conversation.Kind == ConversationKind.Personal && input.Conversation.Id.Length > 0
            ? input.Conversation.Id
            : null;
        var existing = await schedules.GetAsync(project.Id, cancellationToken);
        var needsSave = request.Kind != RequestKind.Show || existing is null
            || (personal is not null && existing.ProjectleiderConversationId != personal)
            || existing.ChannelConversationId != project.Channel?.ConversationId;
        var settings = existing;
        if (needsSave)
        {
            settings = await schedules.UpdateAsync(tenant, project.Id, s =>
            {
                var current = s ?? new StatusSettings(tenant, project.Id, StatusSchedule.Default, null, input.Now);
                var schedule = request.Kind switch
                {
                    RequestKind.Pause => current.Schedule with { Paused = true },
                    RequestKind.Resume => current.Schedule with { Paused = false },
                    RequestKind.Set => new StatusSchedule(request.Day ?? current.Schedule.Day, request.Time ?? current.Schedule.Time, Paused: false),
                    _ => current.Schedule,
                };
                return current with
                {
                    Schedule = schedule,
                    ChannelConversationId = project.Channel?.ConversationId,
                    ProjectleiderConversationId = personal ?? current.ProjectleiderConversationId,

                    // A changed schedule starts from now: moving Monday to yesterday does not post yesterday's week.
                    ActiveFrom = request.Kind is RequestKind.Set or RequestKind.Resume ? input.Now : current.ActiveFrom,
                };
            }, cancellationToken);
        }

        return [Reply.Say(Describe(project, settings!, request.Kind == RequestKind.Set, input.Now, culture))];
    }

    private static string Describe(KvuProject project, StatusSettings settings, bool changed, DateTimeOffset now, CultureInfo culture)
    {
        var schedule = settings.Schedule;
        var day = StatusText.DayName(schedule.Day, culture);
        var time = schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (schedule.Paused)
        {
            return StatusText.Format(StatusText.SchedulePaused, culture, project.Gemeente, project.Uitgaansgebied);
        }

        if (project.Channel is null)
        {
            return StatusText.Format(StatusText.ScheduleNoChannel, culture, project.Gemeente, project.Uitgaansgebied, day, time);
        }

        var channelName = FormationText.ChannelName(project.Channel, culture);
        if (settings.ChannelGone)
        {
            return StatusText.Format(StatusText.ChannelGone, culture, channelName, StatusText.Moment(settings.ChannelGoneAt ?? now, culture));
        }

        var next = StatusText.Moment(WeeklyClock.NextDue(schedule, now), culture);
        return changed
            ? StatusText.Format(StatusText.ScheduleSet, culture, day, time, next)
            : StatusText.Format(StatusText.ScheduleShown, culture, project.Gemeente, project.Uitgaansgebied, day, time, channelName, next);
    }

    private static Request? Parse(FlowInput input)
    {
        if (input.Data is not null)
        {
            return input.Verb == Verb ? new Request(RequestKind.Show) : null;
        }

        if (!StatusText.Words[StatusWord.Schedule].StartText(input.Text, out var said))
        {
            return null;
        }

        var rest = Words.Normalize(said).TrimEnd('.', '!', '?');
        if (rest.Length == 0)
        {
            return new Request(RequestKind.Show);
        }

        if (StatusText.Words[StatusWord.Pause].Matches(rest))
        {
            return new Request(RequestKind.Pause);
        }

        if (StatusText.Words[StatusWord.Resume].Matches(rest))
        {
            return new Request(RequestKind.Resume);
        }

        DayOfWeek? day = null;
        TimeOnly? time = null;
        foreach (var word in rest.Split(' '))
        {
            if (day is null && Days.TryGetValue(word, out var d))
            {
                day = d;
            }
            else if (time is null && TryParseTime(word, out var t))
            {
                time = t;
            }
            else if (!StatusText.Words[StatusWord.At].Matches(word))
            {
                return new Request(RequestKind.Unclear);
            }
        }

        return day is null && time is null ? new Request(RequestKind.Unclear) : new Request(RequestKind.Set, day, time);
    }

    private static bool TryParseTime(string word, out TimeOnly time)
    {
        var match = TimePattern().Match(word);
        time = default;
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(\d{1,2})(?:[:.u](\d{2}))?(?:u)?$")]
    private static partial Regex TimePattern();

    private enum RequestKind
    {
        Show,
        Set,
        Pause,
        Resume,
        Unclear,
    }

    private sealed record Request(RequestKind Kind, DayOfWeek? Day = null, TimeOnly? Time = null);
}
