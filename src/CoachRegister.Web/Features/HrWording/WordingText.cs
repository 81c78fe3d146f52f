namespace CoachRegister.Web.Features.HrWording;

/// <summary>Strings of the pages where HR edit the agreement's standing wording.</summary>
public sealed class WordingText;
