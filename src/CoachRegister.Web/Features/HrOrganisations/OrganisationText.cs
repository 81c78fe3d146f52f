namespace CoachRegister.Web.Features.HrOrganisations;

/// <summary>Strings of the pages where HR say who may register for each organisation.</summary>
public sealed class OrganisationText;
