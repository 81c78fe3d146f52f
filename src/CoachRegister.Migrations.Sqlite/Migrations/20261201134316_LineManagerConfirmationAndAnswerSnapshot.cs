using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LineManagerAnswerSnapshot",
                table: "CoachApplications",
                type: "TEXT",
                maxLength: -1,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LineManagerConfirmedAt",
                table: "CoachApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LineManagerConfirmedById",
                table: "CoachApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LineManagerNeedsConfirmation",
                table: "CoachApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "ApplicationStatusChanges",
                type: "INTEGER",
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
