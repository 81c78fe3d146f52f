using CoachRegister.Domain.Common;
using CoachRegister.Domain.Organisations;

namespace CoachRegister.Domain.Tests.Organisations;

public class EmailAddressDomainTests
{
    [Theory]
    [InlineData("cwmtaran.gov.uk", "cwmtaran.gov.uk")]
    [InlineData("  @NHS.net. ", "nhs.net")]
    public void A_domain_is_written_one_way(string input, string expected) =>
        Assert.Equal(expected, EmailAddressDomain.Normalise(input));

    [Fact]
    public void A_domain_with_accents_is_kept_in_its_ascii_form()
    {
        var domain = EmailAddressDomain.Normalise("Cyngor-Môn.cymru")!;

        Assert.StartsWith("xn--", domain, StringComparison.Ordinal);
        Assert.EndsWith(".cymru", domain, StringComparison.Ordinal);
        Assert.True(new Organisation { Name = "Môn", EmailDomains = [new() { Domain = domain }] }.AcceptsAddress("ceri@cyngor-môn.cymru"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("not a domain")]
    [InlineData("-bad.example")]
    [InlineData("a..example")]
    [InlineData("x@example.org")]
    [InlineData("example.org\u202e")]
    public void Anything_else_is_not_a_domain(string? input) =>
        Assert.Null(EmailAddressDomain.Normalise(input));

    [Theory]
    [InlineData("ceri@Cwmtaran.Gov.UK", "cwmtaran.gov.uk")]
    [InlineData("odd@name@nhs.net", null)]
    [InlineData("x@example.test, y@nhs.net", null)]
    [InlineData("Ceri <ceri@nhs.net>", null)]
    [InlineData("nobody", null)]
    [InlineData("@nhs.net", null)]
    public void Only_a_single_plain_address_has_a_domain(string email, string? expected) =>
        Assert.Equal(expected, EmailAddressDomain.Of(email));

    [Fact]
    public void An_organisation_accepts_addresses_in_its_domains_only()
    {
        var organisation = new Organisation { Name = "Cwm Taran" };
        organisation.AllowEmailDomain("cwmtaran.gov.uk", null, DateTimeOffset.UtcNow);

        Assert.True(organisation.AcceptsAddress("Ceri.Hughes@CWMTARAN.gov.uk"));
        Assert.False(organisation.AcceptsAddress("ceri@mail.cwmtaran.gov.uk"));
        Assert.False(organisation.AcceptsAddress("ceri@cwmtaran.gov.uk.evil.example"));
        Assert.False(organisation.AcceptsAddress("x@example.test, y@cwmtaran.gov.uk"));
        Assert.False(organisation.AcceptsAddress(null));
    }

    [Fact]
    public void A_domain_is_added_once_and_must_be_a_domain()
    {
        var organisation = new Organisation { Name = "Cwm Taran" };
        organisation.AllowEmailDomain("cwmtaran.gov.uk", null, DateTimeOffset.UtcNow);

        Assert.Equal(Rule.EmailDomainAlreadyAllowed, Assert.Throws<RuleBrokenException>(() => organisation.AllowEmailDomain("@CwmTaran.gov.uk", null, DateTimeOffset.UtcNow)).Rule);
        Assert.Equal(Rule.EmailDomainNotValid, Assert.Throws<RuleBrokenException>(() => organisation.AllowEmailDomain("cwm taran", null, DateTimeOffset.UtcNow)).Rule);
        Assert.Single(organisation.EmailDomains);
    }

    [Fact]
    public void Removing_a_domain_stops_new_registrations_from_it()
    {
        var organisation = new Organisation { Name = "Cwm Taran" };
        var domain = organisation.AllowEmailDomain("cwmtaran.gov.uk", null, DateTimeOffset.UtcNow);

        organisation.RemoveEmailDomain(domain.Id);

        Assert.False(organisation.AcceptsAddress("ceri@cwmtaran.gov.uk"));
    }
}
