using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PlacesUsed",
                table: "CoachProfiles",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SortFamilyName",
                table: "CoachProfiles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortGivenName",
                table: "CoachProfiles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DirectoryVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
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
                UPDATE CoachProfiles SET HasPlacesNow = CASE WHEN Status = 1 AND AcceptingNewCoachees = 1 AND Capacity > PlacesUsed THEN CAST(1 AS bit) ELSE CAST(0 AS bit) END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
