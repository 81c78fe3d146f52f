using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasPlacesNow",
                table: "CoachProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PlacesUsed",
                table: "CoachProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SortFamilyName",
                table: "CoachProfiles",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortGivenName",
                table: "CoachProfiles",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DirectoryVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryVersions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DirectoryVersions",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 1L });

            migrationBuilder.CreateIndex(
                name: "IX_CoachProfiles_Directory",
                table: "CoachProfiles",
                columns: new[] { "Status", "SchemeId", "HasPlacesNow", "SortFamilyName", "SortGivenName", "Id", "Offers", "Formats", "IsTrainedSupervisor" },
                descending: new[] { false, false, true, false, false, false, false, false, false });

            // Existing profiles get their maintained columns from the matches and people they have.
            migrationBuilder.Sql("""
                UPDATE CoachProfiles SET
                    PlacesUsed = (SELECT COUNT(*) FROM Matches m WHERE m.CoachProfileId = CoachProfiles.Id AND m.Status IN (0, 1, 3, 4, 5)),
                    SortFamilyName = (SELECT FamilyName FROM People WHERE People.Id = CoachProfiles.PersonId),
                    SortGivenName = (SELECT GivenName FROM People WHERE People.Id = CoachProfiles.PersonId);
                UPDATE CoachProfiles SET HasPlacesNow = (Status = 1 AND AcceptingNewCoachees = 1 AND Capacity > PlacesUsed);
                """);

            // Text search: an FTS5 index of each profile's name, about text, areas and location, kept in step by
            // triggers whatever writes the tables. FTS5 rows need an integer key that never changes (a table's
            // own rowid may change on VACUUM when its key is not an integer), hence CoachProfileSearchKeys.
            migrationBuilder.Sql("""
                CREATE TABLE CoachProfileSearchKeys (Id INTEGER PRIMARY KEY, ProfileId TEXT NOT NULL UNIQUE);
                CREATE VIRTUAL TABLE CoachProfileSearch USING fts5(ProfileId UNINDEXED, Name, About, Areas, Location, tokenize = 'unicode61 remove_diacritics 2');
                """);
            foreach (var (name, when, profiles) in SearchTriggers)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {name} {when}
                    BEGIN
                        INSERT OR IGNORE INTO CoachProfileSearchKeys (ProfileId) SELECT Id FROM CoachProfiles WHERE Id IN ({profiles});
                        DELETE FROM CoachProfileSearch WHERE rowid IN (SELECT Id FROM CoachProfileSearchKeys WHERE ProfileId IN ({profiles}));
                        {RefreshSql(profiles)}
                    END;
                    """);
            }

            migrationBuilder.Sql("""
                CREATE TRIGGER CoachProfiles_Search_Delete AFTER DELETE ON CoachProfiles
                BEGIN
                    DELETE FROM CoachProfileSearch WHERE rowid IN (SELECT Id FROM CoachProfileSearchKeys WHERE ProfileId = OLD.Id);
                    DELETE FROM CoachProfileSearchKeys WHERE ProfileId = OLD.Id;
                END;
                INSERT INTO CoachProfileSearchKeys (ProfileId) SELECT Id FROM CoachProfiles;
                """);
            migrationBuilder.Sql(RefreshSql("SELECT Id FROM CoachProfiles"));
        }

        /// <summary>When a profile's row in the search index is written again, and which profiles (a subquery).</summary>
        private static readonly (string Name, string When, string Profiles)[] SearchTriggers =
        [
            ("CoachProfiles_Search_Insert", "AFTER INSERT ON CoachProfiles", "SELECT NEW.Id"),
            ("CoachProfiles_Search_Update", "AFTER UPDATE OF Bio, Experience, Location, PersonId ON CoachProfiles", "SELECT NEW.Id"),
            ("CoachProfileAreas_Search_Insert", "AFTER INSERT ON CoachProfileAreas", "SELECT NEW.CoachProfileId"),
            ("CoachProfileAreas_Search_Delete", "AFTER DELETE ON CoachProfileAreas", "SELECT OLD.CoachProfileId"),
            ("People_Search_Update", "AFTER UPDATE OF GivenName, FamilyName ON People", "SELECT Id FROM CoachProfiles WHERE PersonId = NEW.Id"),
            ("CoachingAreas_Search_Update", "AFTER UPDATE OF Name, NameWelsh ON CoachingAreas", "SELECT CoachProfileId FROM CoachProfileAreas WHERE AreasId = NEW.Id"),
        ];

        private static string RefreshSql(string profiles) => $"""
            INSERT INTO CoachProfileSearch (rowid, ProfileId, Name, About, Areas, Location)
            SELECT k.Id, p.Id, pe.GivenName || ' ' || pe.FamilyName, coalesce(p.Bio, '') || ' ' || coalesce(p.Experience, ''),
                coalesce((SELECT group_concat(a.Name || ' ' || coalesce(a.NameWelsh, ''), ' ') FROM CoachProfileAreas pa JOIN CoachingAreas a ON a.Id = pa.AreasId WHERE pa.CoachProfileId = p.Id), ''),
                coalesce(p.Location, '')
            FROM CoachProfiles p
            JOIN People pe ON pe.Id = p.PersonId
            JOIN CoachProfileSearchKeys k ON k.ProfileId = p.Id
            WHERE p.Id IN ({profiles});
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER CoachProfiles_Search_Delete;
                DROP TRIGGER CoachProfiles_Search_Insert;
                DROP TRIGGER CoachProfiles_Search_Update;
                DROP TRIGGER CoachProfileAreas_Search_Insert;
                DROP TRIGGER CoachProfileAreas_Search_Delete;
                DROP TRIGGER People_Search_Update;
                DROP TRIGGER CoachingAreas_Search_Update;
                DROP TABLE CoachProfileSearch;
                DROP TABLE CoachProfileSearchKeys;
                """);

            migrationBuilder.DropTable(
                name: "DirectoryVersions");

            migrationBuilder.DropIndex(
                name: "IX_CoachProfiles_Directory",
                table: "CoachProfiles");

            migrationBuilder.DropColumn(
                name: "HasPlacesNow",
                table: "CoachProfiles");

            migrationBuilder.DropColumn(
                name: "PlacesUsed",
                table: "CoachProfiles");

            migrationBuilder.DropColumn(
                name: "SortFamilyName",
                table: "CoachProfiles");

            migrationBuilder.DropColumn(
                name: "SortGivenName",
                table: "CoachProfiles");
        }
    }
}
