using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LineManagerConfirmationAndAnswerSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccreditationOther",
                table: "CoachApplications",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LineManagerAnswerSnapshot",
                table: "CoachApplications",
                type: "nvarchar(max)",
                maxLength: -1,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LineManagerConfirmedAt",
                table: "CoachApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LineManagerConfirmedById",
                table: "CoachApplications",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LineManagerNeedsConfirmation",
                table: "CoachApplications",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "ApplicationStatusChanges",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccreditationOther",
                table: "CoachApplications");

            migrationBuilder.DropColumn(
                name: "LineManagerAnswerSnapshot",
                table: "CoachApplications");

            migrationBuilder.DropColumn(
                name: "LineManagerConfirmedAt",
                table: "CoachApplications");

            migrationBuilder.DropColumn(
                name: "LineManagerConfirmedById",
                table: "CoachApplications");

            migrationBuilder.DropColumn(
                name: "LineManagerNeedsConfirmation",
                table: "CoachApplications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ApplicationStatusChanges");
        }
    }
}
