using CoachRegister.Domain.Agreements;
using CoachRegister.Web.Features.Agreements;

namespace CoachRegister.Web.Infrastructure.Documents.Forms;

/// <summary>
/// A paper form as one printable model: the same form prints blank (every answer empty, space left to write
/// by hand) or filled from a record. Labels, headings and the title are English keys, translated when the form
/// is rendered in the reader's language (DocumentText first, then the coaching screens' own CoachingText, so a
/// printed label reads exactly as the screen's); answers are printed as written.
/// </summary>
public sealed record PrintedForm(string Title, DocumentClassification Classification, IReadOnlyList<FormPart> Parts)
{
    public const string ViewPath = "/Infrastructure/Documents/Forms/PrintedForm.cshtml";

    /// <summary>What the form is for, under the title: standing wording, which HR may word their own way.</summary>
    public WordingPassage? Lead { get; init; }

    /// <summary>Who may read the form once filled in: standing wording too.</summary>
    public WordingPassage? Notice { get; init; }

    /// <summary>A notice worked out from the record (an English key), printed after the standing one.</summary>
    public string? RecordNotice { get; init; }

    /// <summary>The words of <see cref="Lead"/> and <see cref="Notice"/>: the organisation's, or the portal's default.</summary>
    public StandingText Wording { get; init; } = StandingText.Default;

    /// <summary>The facts at the top (names, dates, numbers): lines to write on when blank.</summary>
    public IReadOnlyList<FormDetail> Details { get; init; } = [];
}

/// <summary>One fact at the top of a form: a value as written, a date in the reader's language, or a label to translate.</summary>
public sealed record FormDetail(string Label, string? Value = null, DateOnly? Date = null, bool TranslateValue = false);

/// <summary>A piece of a form's body, in order.</summary>
public abstract record FormPart;

public sealed record FormHeading(string Text) : FormPart;

/// <summary>A question with a box for the answer: tall when blank, as tall as the answer when filled.</summary>
public sealed record FormQuestion(string Label, string? Answer = null, string? Hint = null, bool Short = false) : FormPart;

/// <summary>A yes-or-no question: two boxes to tick when blank, the answer written out when filled.</summary>
public sealed record FormYesNo(string Label, bool? Answer = null) : FormPart;

/// <summary>A question with options to tick (more than one may be ticked): boxes when blank, the options chosen written out when filled.</summary>
public sealed record FormChecklist(string Label, IReadOnlyList<string> Options, IReadOnlyCollection<string>? Ticked = null) : FormPart;

/// <summary>
/// Rows scored on a scale from <see cref="From"/> to <see cref="To"/>: a grid of boxes to tick when blank,
/// the score when filled. Row labels are translated unless <see cref="FormScaleRow.Translate"/> is false
/// (a goal in the coachee's own words).
/// </summary>
public sealed record FormScale(string Caption, int From, int To, IReadOnlyList<FormScaleRow> Rows, bool Filled) : FormPart;

public sealed record FormScaleRow(string Label, int? Score = null, bool Translate = true);

/// <summary>A table with headings and rows; blank rows are added to write in.</summary>
/// <remarks><see cref="KeepTogether"/> moves a short table to the next page whole rather than leave its heading alone at the foot of one.</remarks>
public sealed record FormTable(string Caption, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<FormCell>> Rows, int BlankRows, bool KeepTogether = false) : FormPart;

public sealed record FormCell(string? Text = null, DateOnly? Date = null, bool Translate = false);

/// <summary>
/// A signature and a date for each signatory (labels such as "Coach"), kept together on one page: lines to sign
/// on, or the name typed and the date for those who signed in the portal (<see cref="Signed"/>, by label).
/// </summary>
public sealed record FormSignatures(IReadOnlyList<string> Signatories, IReadOnlyDictionary<string, FormSignature>? Signed = null) : FormPart;

/// <summary>A signature given in the portal: the name the signatory typed and when, in the scheme's time.</summary>
public sealed record FormSignature(string Name, DateTime At);
