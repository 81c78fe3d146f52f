using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The directory's columns beside the text index: <c>CoachProfileSearchKeys</c> (made by DirectoryAtScale, whose
    /// integer key is each profile's FTS5 rowid) gets a copy of what the directory filters and sorts on, kept by
    /// triggers on <c>CoachProfiles</c>, so a text search joins its matches to these narrow rows by rowid instead of
    /// looking up each match's wide profile row by its text key. SQLite only: SQL Server has no FTS5 index and its
    /// model has no such table, so it has no migration of this name.
    /// </summary>
    public partial class DirectoryTextRows : Migration
    {
        private const string Columns = "SchemeId, Status, Offers, Formats, IsTrainedSupervisor, HasPlacesNow, SortFamilyName, SortGivenName";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN SchemeId TEXT NOT NULL DEFAULT '';
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN Status INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN Offers INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN Formats INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN IsTrainedSupervisor INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN HasPlacesNow INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN SortFamilyName TEXT NOT NULL DEFAULT '';
                ALTER TABLE CoachProfileSearchKeys ADD COLUMN SortGivenName TEXT NOT NULL DEFAULT '';
                """);
            migrationBuilder.Sql($"""
                UPDATE CoachProfileSearchKeys SET ({Columns}) = (SELECT {Columns} FROM CoachProfiles c WHERE c.Id = CoachProfileSearchKeys.ProfileId);
                """);

            // Either of the two insert triggers may run first: DirectoryAtScale's makes the key if it is missing,
            // this one makes it or fills it.
            migrationBuilder.Sql($"""
                CREATE TRIGGER CoachProfiles_SearchRow_Insert AFTER INSERT ON CoachProfiles
                BEGIN
                    INSERT INTO CoachProfileSearchKeys (ProfileId, {Columns})
                    VALUES (NEW.Id, {New})
                    ON CONFLICT (ProfileId) DO UPDATE SET ({Columns}) = ({Excluded});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER CoachProfiles_SearchRow_Update AFTER UPDATE OF {Columns} ON CoachProfiles
                BEGIN
                    UPDATE CoachProfileSearchKeys SET ({Columns}) = ({New}) WHERE ProfileId = NEW.Id;
                END;
                """);
        }

        private static string New => string.Join(", ", Columns.Split(", ").Select(c => "NEW." + c));

        private static string Excluded => string.Join(", ", Columns.Split(", ").Select(c => "excluded." + c));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER CoachProfiles_SearchRow_Update;
                DROP TRIGGER CoachProfiles_SearchRow_Insert;
                """);
            foreach (var column in Columns.Split(", "))
            {
                migrationBuilder.Sql($"ALTER TABLE CoachProfileSearchKeys DROP COLUMN {column};");
            }
        }
    }
}
