using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoachingRemindersJob : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "HolderId", "LastCompletedAt", "LastCompletedOn", "LeasedUntil" },
                values: new object[] { "coaching-reminders", null, null, null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "JobLeases",
                keyColumn: "Name",
                keyValue: "coaching-reminders");
        }
    }
}
