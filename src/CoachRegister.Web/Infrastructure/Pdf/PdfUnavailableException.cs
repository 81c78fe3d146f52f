namespace CoachRegister.Web.Infrastructure.Pdf;

public enum PdfUnavailableReason
{
    /// <summary>No browser is installed where the portal looks for one.</summary>
    NoBrowser,

    /// <summary>Every page is busy and the queue is full, or the wait for a page ran out.</summary>
    Busy,

    /// <summary>The document took longer than <see cref="PdfOptions.DocumentTimeout"/>.</summary>
    TimedOut,

    /// <summary>The browser would not start or failed while printing.</summary>
    Failed,
}

/// <summary>
/// A PDF could not be made. <see cref="PdfUnavailableFilter"/> turns it into a page that tells the person why
/// and what to do, in their language; the message is for the log.
/// </summary>
public sealed class PdfUnavailableException : Exception
{
    public PdfUnavailableException(PdfUnavailableReason reason, string message, Exception? innerException = null)
        : base(message, innerException) => Reason = reason;

    public PdfUnavailableException()
        : this(PdfUnavailableReason.Failed, "The PDF could not be made.")
    {
    }

    public PdfUnavailableException(string message)
        : this(PdfUnavailableReason.Failed, message)
    {
    }

    public PdfUnavailableException(string message, Exception innerException)
        : this(PdfUnavailableReason.Failed, message, innerException)
    {
    }

    public PdfUnavailableReason Reason { get; }
}
