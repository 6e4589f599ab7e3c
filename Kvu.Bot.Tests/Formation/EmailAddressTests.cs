using Kvu.Bot.Formation;

namespace Kvu.Bot.Tests.Formation;

public class EmailAddressTests
{
    [Theory]
    [InlineData("j.devries@zwolle.nl", "j.devries@zwolle.nl")]
    [InlineData("  J.deVries@Zwolle.NL ", "J.deVries@Zwolle.NL")]
    [InlineData("jan+kvu@gemeente-zwolle.nl", "jan+kvu@gemeente-zwolle.nl")]
    [InlineData("ingrid.bakker@politie.nl", "ingrid.bakker@politie.nl")]
    [InlineData("o'brien@horeca.example.com", "o'brien@horeca.example.com")]
    public void Accepts_addresses_and_upns_and_trims_them(string input, string expected)
    {
        Assert.True(EmailAddress.TryParse(input, out var address));
        Assert.Equal(expected, address);
        Assert.True(EmailAddress.TryParse(input, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jan")]
    [InlineData("jan@")]
    [InlineData("@zwolle.nl")]
    [InlineData("jan de vries@zwolle.nl")]
    [InlineData("jan@zwolle .nl")]
    [InlineData("jan@zwolle")]
    [InlineData("jan@@zwolle.nl")]
    [InlineData("jan@piet@zwolle.nl")]
    [InlineData("jan..devries@zwolle.nl")]
    [InlineData(".jan@zwolle.nl")]
    [InlineData("jan.@zwolle.nl")]
    [InlineData("jan@-zwolle.nl")]
    [InlineData("jan@zwolle..nl")]
    [InlineData("jan@zwolle.n1")]
    [InlineData("Jan de Vries <jan@zwolle.nl>")]
    public void Rejects_what_is_not_an_address(string? input)
    {
        Assert.False(EmailAddress.TryParse(input, out var address));
        Assert.Null(address);
        Assert.False(EmailAddress.TryParse(input, out _));
    }
}
