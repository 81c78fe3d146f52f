namespace CoachRegister.Web.Features.Account;

/// <summary>
/// The line manager's address given at registration, kept as an Identity user token until the account's own
/// address is confirmed, then looked up and recorded on the person (or reported as not found) and removed.
/// </summary>
public static class PendingLineManager
{
    public const string LoginProvider = "[CoachRegister:Registration]";
    public const string Name = "LineManagerEmail";
}
