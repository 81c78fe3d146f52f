namespace CoachRegister.Web.Infrastructure.Email;

public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
