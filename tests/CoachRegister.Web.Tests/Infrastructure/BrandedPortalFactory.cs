namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>The portal of a known organisation, in English and Welsh, with its own brand colour.</summary>
public sealed class BrandedPortalFactory : PortalFactory
{
    public const string OrganisationName = "Test Borough Council";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:OrganisationName"] = OrganisationName,
        ["Portal:OrganisationNameWelsh"] = "Cyngor Bwrdeistref Prawf",
        ["Portal:BrandColour"] = "#123456",
    };
}
