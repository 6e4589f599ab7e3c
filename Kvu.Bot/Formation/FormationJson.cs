using System.Text.Json.Serialization;

namespace Kvu.Bot.Formation;

public static class FormationJson
{
    /// <summary>
    /// Web defaults (camelCase, case-insensitive reading) and enums as their names, so a stored document stays
    /// readable and survives reordering of enum values. Read-only: shared by every caller, nobody may change it.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
