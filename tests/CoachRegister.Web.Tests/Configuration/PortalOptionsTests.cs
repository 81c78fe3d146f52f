using CoachRegister.Web.Configuration;

namespace CoachRegister.Web.Tests.Configuration;

public class PortalOptionsTests
{
    [Theory]
    [InlineData("#0b0c0c", true)]
    [InlineData("#1d4f91", true)]
    [InlineData("#ffdd00", false)]
    [InlineData("#00703c", true)]
    [InlineData("#5694ca", false)]
    public void A_brand_colour_must_give_white_text_enough_contrast(string colour, bool valid)
    {
        var options = new PortalOptions { OrganisationName = "Org", BrandColour = colour };

        var results = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Equal(valid, results.Count == 0);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#123")]
    [InlineData("#123456}body{display:none")]
    public void A_brand_colour_that_is_not_rrggbb_is_refused(string colour)
    {
        var options = new PortalOptions { OrganisationName = "Org", BrandColour = colour };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.False(valid);
    }
}
