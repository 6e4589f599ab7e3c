namespace Kvu.Bot.Formation;

/// <summary>
/// The words users read for the werkgroep domain, from Formation.resx (Dutch, the neutral language) and
/// Formation.en.resx. The domain returns enums and codes; only this class turns them into text.
/// </summary>
public static class FormationText
{
    public static ResourceManager ResourceManager { get; } = new("Kvu.Bot.Formation.Formation", typeof(FormationText).Assembly);

    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<FormationWord> Words { get; } = new(ResourceManager);

    /// <summary>
    /// A missing key shows as the key itself rather than throwing in the middle of a conversation; a test
    /// checks that every enum value has its key in both languages.
    /// </summary>
    public static string Get(string key, CultureInfo? culture = null) =>
        ResourceManager.TextOrKey(key, culture ?? CultureInfo.CurrentUICulture);

    /// <summary>
    /// A channel as people know it, never its "19:...@thread.tacv2" id. Teams sends no name for a team's General
    /// channel, so that one is called after its team.
    /// </summary>
    public static string ChannelName(WerkgroepChannel channel, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.ChannelName
            ?? (channel.TeamName is { } team ? string.Format(culture ?? CultureInfo.CurrentUICulture, Get("Channel_General", culture), team) : Get("Channel_Unnamed", culture));
    }

    public static string Name<TEnum>(TEnum value, CultureInfo? culture = null)
        where TEnum : struct, Enum =>
        Get(Key(value), culture);

    /// <summary>Resource key for an enum value, e.g. WerkgroepRole.Politie → "Role_Politie".</summary>
    public static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        $"{Prefix(typeof(TEnum))}_{value}";

    public static string Prefix(Type enumType) => enumType switch
    {
        _ when enumType == typeof(WerkgroepRole) => "Role",
        _ when enumType == typeof(KvuPhase) => "Phase",
        _ when enumType == typeof(IntentieverklaringStatus) => "Intentieverklaring",
        _ when enumType == typeof(ProjectleiderTask) => "Task",
        _ when enumType == typeof(OpenPointKind) => "OpenPoint",
        _ when enumType == typeof(FormationRuleCode) => "FormationRule",
        _ => enumType.Name,
    };

    /// <summary>A checklist item as the card names it; a source item names its source.</summary>
    public static string CheckName(PhaseCheck check, string? subject, CultureInfo? culture = null) =>
        string.Format(culture ?? CultureInfo.CurrentUICulture, Name(check, culture),
            Enum.TryParse<SourceKind>(subject, out var source) ? Name(source, culture) : subject ?? string.Empty);

    public static string RuleMessage(FormationRuleCode code, CultureInfo? culture = null) => Name(code, culture);

    public static string OpenPointTitle(KvuProject project, OpenPoint point, CultureInfo? culture = null) =>
        string.Format(culture ?? CultureInfo.CurrentUICulture, Name(point.Kind, culture), SubjectDisplayName(project, point, culture));

    public static string OpenPointReason(OpenPoint point, CultureInfo? culture = null) =>
        Get($"OpenPointReason_{point.Kind}", culture);

    /// <summary>OpenPoint.Subject is an id or code; see OpenPointKind for what each kind puts there.</summary>
    public static string SubjectDisplayName(KvuProject project, OpenPoint point, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(point);
        switch (point.Kind)
        {
            case OpenPointKind.RequiredRoleVacant:
            case OpenPointKind.NoKhnRegioadviseur:
            case OpenPointKind.RecommendedRoleVacant:
            case OpenPointKind.OrganisationUnderRepresented:
                return Enum.TryParse<WerkgroepRole>(point.Subject, out var role) ? Name(role, culture) : point.Subject;
            case OpenPointKind.HorecaAreaUncovered:
                return project.HorecaAreas.FirstOrDefault(a => a.Id == point.Subject)?.Name ?? point.Subject;
            case OpenPointKind.MemberWithoutMandate:
            case OpenPointKind.MemberWithoutSubstitute:
                return project.FindMember(point.Subject)?.Person.DisplayName ?? point.Subject;
            default:
                return point.Subject;
        }
    }
}
