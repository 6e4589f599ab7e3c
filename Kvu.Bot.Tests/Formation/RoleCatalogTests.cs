using Kvu.Bot.Formation;

namespace Kvu.Bot.Tests.Formation;

public class RoleCatalogTests
{
    [Theory]
    [InlineData(WerkgroepRole.Gemeente, RoleNeed.Required)]
    [InlineData(WerkgroepRole.Politie, RoleNeed.Required)]
    [InlineData(WerkgroepRole.KhnAfdelingsbestuur, RoleNeed.Required)]
    [InlineData(WerkgroepRole.HorecaOndernemer, RoleNeed.Required)]
    [InlineData(WerkgroepRole.KhnRegioadviseur, RoleNeed.Adviser)]
    [InlineData(WerkgroepRole.Brandweer, RoleNeed.Recommended)]
    [InlineData(WerkgroepRole.OpenbaarVervoer, RoleNeed.Optional)]
    [InlineData(WerkgroepRole.Mkb, RoleNeed.Optional)]
    [InlineData(WerkgroepRole.Jongerenwerk, RoleNeed.Optional)]
    [InlineData(WerkgroepRole.Bewoners, RoleNeed.Optional)]
    [InlineData(WerkgroepRole.Overig, RoleNeed.Optional)]
    public void Each_role_has_the_need_the_kvu_text_gives_it(WerkgroepRole role, RoleNeed need) =>
        Assert.Equal(need, RoleCatalog.Need(role));

    [Theory]
    [InlineData(WerkgroepRole.Gemeente, "Gemeente Zwolle")]
    [InlineData(WerkgroepRole.Politie, "Politie")]
    [InlineData(WerkgroepRole.KhnAfdelingsbestuur, "Koninklijke Horeca Nederland")]
    [InlineData(WerkgroepRole.KhnRegioadviseur, "Koninklijke Horeca Nederland")]
    [InlineData(WerkgroepRole.Brandweer, "Brandweer")]
    [InlineData(WerkgroepRole.HorecaOndernemer, null)]
    [InlineData(WerkgroepRole.Bewoners, null)]
    public void Default_organisations(WerkgroepRole role, string? organisation) =>
        Assert.Equal(organisation, RoleCatalog.DefaultOrganisation(role, " Zwolle "));

    [Theory]
    [InlineData("politie", WerkgroepRole.Politie)]
    [InlineData(" Politie ", WerkgroepRole.Politie)]
    [InlineData("KHN", WerkgroepRole.KhnAfdelingsbestuur)]
    [InlineData("afdelingsbestuur", WerkgroepRole.KhnAfdelingsbestuur)]
    [InlineData("horeca", WerkgroepRole.HorecaOndernemer)]
    [InlineData("Horeca-ondernemer", WerkgroepRole.HorecaOndernemer)]
    [InlineData("horeca ondernemer", WerkgroepRole.HorecaOndernemer)]
    [InlineData("regioadviseur", WerkgroepRole.KhnRegioadviseur)]
    [InlineData("Regioadviseur KHN", WerkgroepRole.KhnRegioadviseur)]
    [InlineData("brandweer", WerkgroepRole.Brandweer)]
    [InlineData("OV", WerkgroepRole.OpenbaarVervoer)]
    [InlineData("openbaar vervoer", WerkgroepRole.OpenbaarVervoer)]
    [InlineData("mkb", WerkgroepRole.Mkb)]
    [InlineData("jongerenwerk", WerkgroepRole.Jongerenwerk)]
    [InlineData("bewoners", WerkgroepRole.Bewoners)]
    [InlineData("gemeente", WerkgroepRole.Gemeente)]
    [InlineData("overig", WerkgroepRole.Overig)]
    [InlineData("KhnRegioadviseur", WerkgroepRole.KhnRegioadviseur)]
    public void Parses_the_command_words_users_type(string text, WerkgroepRole expected)
    {
        Assert.True(RoleCatalog.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("burgemeester")]
    [InlineData("politie en brandweer")]
    public void Refuses_unknown_words_and_numbers(string? text) =>
        Assert.False(RoleCatalog.TryParse(text, out _));

    [Fact]
    public void Every_role_has_keywords_that_parse_back_to_it()
    {
        Assert.Equal(Enum.GetValues<WerkgroepRole>(), RoleCatalog.All);
        foreach (var role in RoleCatalog.All)
        {
            Assert.NotEmpty(RoleCatalog.Keywords(role));
            foreach (var word in RoleCatalog.Keywords(role))
            {
                Assert.True(RoleCatalog.TryParse(word, out var parsed), word);
                Assert.Equal(role, parsed);
            }
        }
    }
}
