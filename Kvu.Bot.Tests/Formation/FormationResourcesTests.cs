using System.Collections;
using System.Globalization;
using System.Resources;
using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// Nothing the formation domain returns may reach a user as a raw key: every enum value has its text in Dutch
/// (Formation.resx, the neutral language) and English (Formation.en.resx).
/// </summary>
public class FormationResourcesTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly ResourceManager Resources = FormationText.ResourceManager;

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        void AddAll<TEnum>(string prefix)
            where TEnum : struct, Enum
        {
            foreach (var value in Enum.GetValues<TEnum>())
            {
                data.Add($"{prefix}_{value}");
            }
        }

        AddAll<WerkgroepRole>("Role");
        AddAll<RoleNeed>("RoleNeed");
        AddAll<Mandate>("Mandate");
        AddAll<MemberStatus>("MemberStatus");
        AddAll<KvuPhase>("Phase");
        AddAll<IntentieverklaringStatus>("Intentieverklaring");
        AddAll<SuccessFactor>("SuccessFactor");
        AddAll<ProjectleiderTask>("Task");
        AddAll<OpenPointKind>("OpenPoint");
        AddAll<OpenPointKind>("OpenPointReason");
        AddAll<FormationRuleCode>("FormationRule");
        AddAll<Severity>("Severity");
        AddAll<DecisionKind>("DecisionKind");
        AddAll<HorecaAreaKind>("HorecaAreaKind");
        AddAll<ConsultationBodyFate>("ConsultationBodyFate");
        AddAll<ProcesbegeleiderChoice>("ProcesbegeleiderChoice");
        AddAll<ProjectleiderOrigin>("ProjectleiderOrigin");
        AddAll<ExternalCapacity>("ExternalCapacity");
        AddAll<SecretarisChoice>("SecretarisChoice");
        AddAll<SuccessFactorStatus>("SuccessFactorStatus");
        AddAll<SuggestedStatus>("SuggestedStatus");
        AddAll<TaskAssigneeKind>("TaskAssigneeKind");
        AddAll<PhaseCheck>("PhaseCheck");
        AddAll<KengetalKind>("KengetalKind");
        AddAll<SourceKind>("SourceKind");
        AddAll<KnelpuntTheme>("KnelpuntTheme");
        AddAll<DayPart>("DayPart");
        AddAll<SmartGap>("SmartGap");
        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_enum_value_has_a_text_in_dutch_and_english(string key)
    {
        var dutch = Resources.GetString(key, Dutch);
        var english = Resources.GetString(key, English);

        Assert.False(string.IsNullOrWhiteSpace(dutch), $"{key} (nl)");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} (en)");
        Assert.Equal(dutch, Resources.GetString(key, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Both_languages_have_exactly_the_same_keys()
    {
        static HashSet<string> KeysOf(CultureInfo culture) =>
            Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
                .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();

        Assert.Equal(KeysOf(CultureInfo.InvariantCulture).Order(), KeysOf(CultureInfo.GetCultureInfo("en")).Order());
    }

    [Fact]
    public void Open_point_titles_take_the_subject_and_both_languages_differ()
    {
        foreach (var kind in Enum.GetValues<OpenPointKind>())
        {
            Assert.Contains("{0}", Resources.GetString($"OpenPoint_{kind}", Dutch));
            Assert.Contains("{0}", Resources.GetString($"OpenPoint_{kind}", English));
            Assert.NotEqual(Resources.GetString($"OpenPointReason_{kind}", Dutch), Resources.GetString($"OpenPointReason_{kind}", English));
        }
    }

    [Fact]
    public void Success_factors_and_tasks_use_the_seeds_wording()
    {
        Assert.Equal("Leden zorgen tijdens hun afwezigheid (bijvoorbeeld ziekte of vakantie) voor een goed ingewerkte plaatsvervanger",
            Resources.GetString("SuccessFactor_BriefedSubstitute", Dutch));
        Assert.Equal("Benoemen van een projectsecretaris", Resources.GetString("Task_AppointSecretaris", Dutch));
        Assert.Equal("Appointing a project secretary", Resources.GetString("Task_AppointSecretaris", English));
    }

    [Fact]
    public void The_invalid_email_reprompt_gives_an_example()
    {
        Assert.Equal("Dat is geen geldig e-mailadres. Probeer het nog eens, bijvoorbeeld j.devries@zwolle.nl.",
            FormationText.RuleMessage(FormationRuleCode.InvalidEmail, Dutch));
    }

    [Fact]
    public void FormationText_renders_open_points_with_display_names()
    {
        var p = Zwolle();
        var square = p.AddHorecaArea("Thorbeckegracht", HorecaAreaKind.Straat, Marieke, Day(20));
        p.SetSubstitute("m2", null, Marieke, Day(20));
        p.SetMemberStatus("m8", MemberStatus.Declined, Marieke, Day(20));

        var titles = FormationChecks.Evaluate(p).Select(o => FormationText.OpenPointTitle(p, o, Dutch)).ToList();

        Assert.Equal(
            [
                "Thorbeckegracht: nog geen horecavertegenwoordiger voor dit gebied",
                "Regioadviseur KHN: nog niet als adviseur in de werkgroep",
                "Ingrid Bakker: nog geen plaatsvervanger",
            ],
            titles);
        Assert.Equal("Thorbeckegracht: no hospitality representative for this area yet",
            FormationText.OpenPointTitle(p, new OpenPoint(OpenPointKind.HorecaAreaUncovered, square.Id, Severity.Warning), English));
        Assert.Equal("Afdelingsbestuur KHN", FormationText.Name(WerkgroepRole.KhnAfdelingsbestuur, Dutch));
        Assert.Equal("Lijkt in orde", FormationText.Name(SuggestedStatus.LooksMet, Dutch));
    }
}
