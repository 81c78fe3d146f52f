namespace CoachRegister.Web.Tests.Infrastructure.Pdf;

/// <summary>
/// The tests that start Chromium run one at a time and apart from every other test: they count the browser
/// processes this test run owns, and a document that must time out needs the cores it would otherwise share.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PdfCollection
{
    public const string Name = "pdf";
}
