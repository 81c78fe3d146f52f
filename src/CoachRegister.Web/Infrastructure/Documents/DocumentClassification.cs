namespace CoachRegister.Web.Infrastructure.Documents;

/// <summary>
/// The marking in every page's footer. Coaching content (sessions, goals, agreements, feedback) is confidential
/// to the coach and coachee (docs/confidentiality.md); everything else the register prints is official.
/// </summary>
public enum DocumentClassification
{
    Official,
    Confidential,
}
