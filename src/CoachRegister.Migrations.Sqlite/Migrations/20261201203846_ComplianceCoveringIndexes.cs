using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComplianceCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisionSessions_CoachProfileId_Date",
                table: "SupervisionSessions");

            migrationBuilder.DropIndex(
                name: "IX_CpdActivities_CoachProfileId_Date",
                table: "CpdActivities");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_CoachProfileId_Date_Kind_Hours_ConfirmedBySupervisor",
                table: "SupervisionSessions",
                columns: new[] { "CoachProfileId", "Date", "Kind", "Hours", "ConfirmedBySupervisor" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionRecords_MatchId_MeetingDate_Status_StartTime_EndTime",
                table: "SessionRecords",
                columns: new[] { "MatchId", "MeetingDate", "Status", "StartTime", "EndTime" });

            migrationBuilder.CreateIndex(
                name: "IX_CpdActivities_CoachProfileId_Date_Kind",
                table: "CpdActivities",
                columns: new[] { "CoachProfileId", "Date", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisionSessions_CoachProfileId_Date_Kind_Hours_ConfirmedBySupervisor",
                table: "SupervisionSessions");

            migrationBuilder.DropIndex(
                name: "IX_SessionRecords_MatchId_MeetingDate_Status_StartTime_EndTime",
                table: "SessionRecords");

            migrationBuilder.DropIndex(
                name: "IX_CpdActivities_CoachProfileId_Date_Kind",
                table: "CpdActivities");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_CoachProfileId_Date",
                table: "SupervisionSessions",
                columns: new[] { "CoachProfileId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CpdActivities_CoachProfileId_Date",
                table: "CpdActivities",
                columns: new[] { "CoachProfileId", "Date" });
        }
    }
}
