using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MatchingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_MatchRequestId",
                table: "Matches");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_MatchRequestId",
                table: "Matches",
                column: "MatchRequestId",
                filter: "[MatchRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CoachProfiles_Matching",
                table: "CoachProfiles",
                columns: new[] { "SchemeId", "Status", "HasPlacesNow", "Offers", "Formats", "Id", "PersonId", "AcceptingNewCoachees", "Capacity", "PlacesUsed", "ConcurrencyStamp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_MatchRequestId",
                table: "Matches");

            migrationBuilder.DropIndex(
                name: "IX_CoachProfiles_Matching",
                table: "CoachProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_MatchRequestId",
                table: "Matches",
                column: "MatchRequestId");
        }
    }
}
