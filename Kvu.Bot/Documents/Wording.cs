using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// The words of the documents themselves, from Wording.resx. A gemeente files its KVU documents in Dutch, whatever
/// language a user's Teams speaks, so they are read in Dutch only; a missing key fails loudly instead of printing the
/// key in a document for B&amp;W.
/// </summary>
public static class Wording
{
    private static readonly ResourceManager Resources = new("Kvu.Bot.Documents.Wording", typeof(Wording).Assembly);

    public static string Get(string key) => Resources.Text(key, ReaderCulture.Dutch);

    public static string Format(string key, params object?[] args) => string.Format(ReaderCulture.Dutch, Get(key), args);

    /// <summary>Written where the project has no data yet: the document still goes out, and says what is missing.</summary>
    public static string NotFilled => Get("NotFilled");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", ReaderCulture.Dutch);

    public static string Date(DateTimeOffset at) => Date(DutchTime.Date(at));

    public static string ShortDate(DateOnly date) => date.ToString("dd-MM-yyyy", ReaderCulture.Dutch);

    public static string ShortDate(DateTimeOffset at) => ShortDate(DutchTime.Date(at));

    public static string Number(decimal value) => value.ToString("0.##", ReaderCulture.Dutch);

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => FormationText.Name(value, ReaderCulture.Dutch);

    public static string OrNotFilled(string? text) => string.IsNullOrWhiteSpace(text) ? NotFilled : text;
}
