namespace CoachRegister.Web.Features.Mail;

/// <summary>Marker for the strings of the system administrators' mail pages.</summary>
public sealed class MailText;
