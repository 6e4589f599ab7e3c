using Kvu.Bot.Common;

namespace Kvu.Bot.Tests.Common;

/// <summary>The one cleaning of user text: nothing left that reverses, hides or blanks what a card shows.</summary>
public sealed class UserTextTests
{
    [Theory]
    [InlineData("Mark \u202Enesnaj\u202C", "Mark nesnaj")]          // right-to-left override and its pop
    [InlineData("\u2066Anna\u2069 \u2067de Vries\u2068", "Anna de Vries")] // isolates
    [InlineData("Jan\u200E\u200F\u061C Bakker", "Jan Bakker")]       // direction marks
    [InlineData("Pe\u200Bter\u2060 de\uFEFF Groot\u00AD", "Peter de Groot")] // zero-width space, word joiner, BOM, soft hyphen
    [InlineData("Ruud\u200D\u200C Kok", "Ruud Kok")]                  // joiners have no place in a name
    [InlineData("Kees\u0000\u0007\u001B Smit\u0085", "Kees Smit")]   // C0 and C1 controls
    [InlineData("  Lisa \t\r\n  Meijer \u00A0", "Lisa Meijer")]      // white space of every kind, collapsed
    [InlineData("\u3164\u115F\u1160", "")]                            // Hangul fillers: a name that looks empty is empty
    [InlineData("Eva\U000E0041\U000E0042 Dekker", "Eva Dekker")]     // tag characters carry invisible text
    [InlineData("Fatima el Amrani", "Fatima el Amrani")]
    [InlineData("Zoë Çelik", "Zoë Çelik")]
    public void A_name_keeps_only_what_a_card_shows(string typed, string stored) =>
        Assert.Equal(stored, UserText.Name(typed));

    [Fact]
    public void A_name_is_in_one_normal_form_so_the_same_name_compares_equal() =>
        Assert.Equal(UserText.Name("Zo\u00EB"), UserText.Name("Zoe\u0308"));

    [Fact]
    public void Free_text_keeps_its_lines_tabs_emoji_and_scripts_but_not_what_hides_or_reverses() =>
        Assert.Equal(
            "Eerste regel\nTweede\tregel 👩‍💻 می‌خواهم",
            UserText.Clean("Eerste regel\r\nTweede\tregel\u202E 👩\u200D💻 می\u200Cخواهم\u200B"));

    [Theory]
    [InlineData("Cameratoezicht", 14, "Cameratoezicht")]
    [InlineData("Cameratoezicht Grote Markt", 14, "Cameratoezich…")]
    public void A_text_cut_to_the_room_there_is_ends_in_an_ellipsis_and_fits(string stored, int room, string shown)
    {
        Assert.Equal(shown, UserText.Cut(stored, room));
        Assert.True(UserText.Cut(stored, room).Length <= room);
    }

    [Fact]
    public void An_unpaired_surrogate_is_dropped() =>
        // Built at run time: an attribute argument would turn it into U+FFFD on the way into metadata.
        Assert.Equal("Noor Willems", UserText.Name(string.Concat("Noor", ((char)0xD800).ToString(), " Willems")));

    [Fact]
    public void Nothing_stays_nothing()
    {
        Assert.Equal(string.Empty, UserText.Clean(null));
        Assert.Equal(string.Empty, UserText.Name("\u202E\u200B"));
    }
}
