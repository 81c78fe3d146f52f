namespace CoachRegister.Data.Configurations;

/// <summary>
/// For the migration that made agreements keep the words they print (AgreementKeepsPrintedWording): every agreement
/// signed before it, that printed the portal's default for a passage, is given that default's words as they were
/// in this release, in English and Welsh, so a later change of the default leaves it as signed. The texts are
/// this release's <c>DefaultWording</c> and its Welsh, copied here on purpose: they must not follow later edits.
/// </summary>
public static class PrintedWordingBackfill
{
    // (WordingPassage, WordingLanguage, text), the enums' numbers as stored.
    private static readonly (int Passage, int Language, string Text)[] Defaults =
    [
        (0, 0, "Coaching is a confidential partnership in which the coach helps the coachee think clearly about their work, set goals and find their own ways to reach them. The coach asks and listens more than they advise."),
        (0, 1, "Partneriaeth gyfrinachol yw hyfforddi lle mae’r hyfforddwr yn helpu’r hyfforddai i feddwl yn glir am ei waith, gosod nodau a dod o hyd i’w ffyrdd ei hun o’u cyrraedd. Mae’r hyfforddwr yn holi ac yn gwrando’n fwy nag y mae’n cynghori."),
        (1, 0, "Mentoring is a confidential partnership in which a more experienced colleague shares knowledge, contacts and advice to help the mentee grow in their work. The mentee sets the agenda and decides what to do with what they hear."),
        (1, 1, "Partneriaeth gyfrinachol yw mentora lle mae cydweithiwr mwy profiadol yn rhannu gwybodaeth, cysylltiadau a chyngor i helpu’r mentorai i dyfu yn ei waith. Y mentorai sy’n gosod yr agenda ac yn penderfynu beth i’w wneud â’r hyn a glyw."),
        (2, 0, "It is never used for discipline or to manage performance. Either of you can end the partnership at any time."),
        (2, 1, "Ni chaiff byth ei ddefnyddio ar gyfer disgyblu nac i reoli perfformiad. Gall y naill neu’r llall ohonoch ddod â’r bartneriaeth i ben unrhyw bryd."),
        (3, 0, "What is said in sessions stays between the two of you. The coachee's line manager knows only that the partnership is taking place and the goals the coachee chooses to share. The scheme's HR team sees how many sessions are held and for how long, never what is said."),
        (3, 1, "Mae’r hyn a ddywedir mewn sesiynau yn aros rhyngoch chi’ch dau. Dim ond bod y bartneriaeth yn digwydd a’r nodau y mae’r hyfforddai’n dewis eu rhannu y mae rheolwr llinell yr hyfforddai’n eu gwybod. Mae tîm AD y cynllun yn gweld faint o sesiynau a gynhelir ac am ba hyd, byth yr hyn a ddywedir."),
        (4, 0, "Confidentiality is broken only where there is a risk of harm to the coachee or to others, where the law requires it, or where you both agree."),
        (4, 1, "Dim ond pan fo risg o niwed i’r hyfforddai neu i eraill, pan fo’r gyfraith yn mynnu hynny, neu pan fo’r ddau ohonoch yn cytuno y caiff cyfrinachedd ei dorri."),
        (5, 0, "A change after either of you has signed makes a new version, which you both sign again. Every version is kept, and a signed version stays in force until you have both signed the next."),
        (5, 1, "Mae newid ar ôl i’r naill neu’r llall ohonoch lofnodi yn creu fersiwn newydd, y byddwch eich dau yn ei llofnodi eto. Caiff pob fersiwn ei chadw, ac mae fersiwn wedi’i llofnodi yn aros mewn grym nes bod y ddau ohonoch wedi llofnodi’r nesaf."),
    ];

    /// <summary>The statements: copy the words of the edited versions agreements point at, then add the defaults they printed.</summary>
    public static IEnumerable<string> Statements(bool sqlServer)
    {
        yield return "UPDATE AgreementWordings SET "
            + "\"Passage\" = (SELECT v.\"Passage\" FROM WordingVersions v WHERE v.Id = AgreementWordings.WordingVersionId), "
            + "\"Language\" = (SELECT v.\"Language\" FROM WordingVersions v WHERE v.Id = AgreementWordings.WordingVersionId), "
            + "\"Text\" = (SELECT v.\"Text\" FROM WordingVersions v WHERE v.Id = AgreementWordings.WordingVersionId)";

        foreach (var statement in DefaultsPrinted(Defaults, sqlServer))
        {
            yield return statement;
        }
    }

    /// <summary>
    /// For the migration that made the agreement keep the declaration of interest's wording too
    /// (DeclarationKeepsPrintedWording): every agreement signed before it printed the declaration's default, since
    /// nobody could edit it then, and is given those words as they were in that release.
    /// </summary>
    public static IEnumerable<string> DeclarationStatements(bool sqlServer) => DefaultsPrinted(DeclarationDefaults, sqlServer);

    // The declaration's lead and notice (WordingPassage 8 and 9) in that release, in English and Welsh.
    private static readonly (int Passage, int Language, string Text)[] DeclarationDefaults =
    [
        (8, 0, "Signed by both with the agreement. Declare anything that could affect the partnership: for example a close working or personal relationship, line management, or money."),
        (8, 1, "Mae’r ddau yn ei llofnodi gyda’r cytundeb. Datganwch unrhyw beth a allai effeithio ar y bartneriaeth: er enghraifft perthynas waith neu bersonol agos, rheolaeth linell, neu arian."),
        (9, 0, "Confidential: for the coach and the coachee only."),
        (9, 1, "Cyfrinachol: i’r hyfforddwr a’r hyfforddai yn unig."),
    ];

    /// <summary>One INSERT per default: its words for every signed agreement that has no row for that passage and language.</summary>
    private static IEnumerable<string> DefaultsPrinted((int Passage, int Language, string Text)[] defaults, bool sqlServer)
    {
        // A new random id per row: SQL Server's NEWID(), or on SQLite 16 random bytes in the GUID text form EF stores.
        var id = sqlServer
            ? "NEWID()"
            : "upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12))";
        var random = sqlServer ? "" : ", hex(randomblob(16)) AS h";
        foreach (var (passage, language, text) in defaults)
        {
            var literal = (sqlServer ? "N'" : "'") + text.Replace("'", "''", StringComparison.Ordinal) + "'";
            yield return "INSERT INTO AgreementWordings (Id, AgreementId, WordingVersionId, \"Passage\", \"Language\", \"Text\") "
                + $"SELECT {id}, x.AgreementId, NULL, {passage}, {language}, {literal} FROM (SELECT a.Id AS AgreementId{random} FROM Agreements a "
                + $"WHERE a.Status <> 0 AND NOT EXISTS (SELECT 1 FROM AgreementWordings w WHERE w.AgreementId = a.Id AND w.\"Passage\" = {passage} AND w.\"Language\" = {language})) x";
        }
    }
}
