using CoachRegister.Domain.Agreements;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Features.Agreements;

namespace CoachRegister.Web.Infrastructure.Documents.Agreements;

/// <summary>
/// One version of a partnership's agreement as it was agreed: its terms, its version and status, and each
/// side's signature with the name they typed, the date and time, and their declaration of interest, and the
/// standing wording it was signed under.
/// </summary>
public sealed record AgreementDocument(
    Agreement Agreement,
    OfferType Kind,
    AgreementParty Coach,
    AgreementParty Coachee,
    string SchemeName,
    bool DeclarationRequired,
    StandingText Wording)
{
    public const string ViewPath = "/Infrastructure/Documents/Agreements/AgreementDocument.cshtml";

    public AgreementSignature? SignatureOf(SignatoryRole role) => Agreement.Signatures.FirstOrDefault(s => s.Role == role);
}

public sealed record AgreementParty(string Name, string Email);
