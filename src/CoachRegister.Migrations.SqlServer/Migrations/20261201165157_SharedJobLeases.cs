using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// Matching and the compliance job each brought a job lease; they share one table. The compliance job
    /// records the day it last finished, and has its row from the start like every job.
    /// </summary>
    public partial class SharedJobLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastCompletedOn",
                table: "JobLeases",
                type: "date",
                nullable: true);

            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "HolderId", "LastCompletedAt", "LastCompletedOn", "LeasedUntil" },
                values: new object[] { "compliance-nightly", null, null, null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "JobLeases",
                keyColumn: "Name",
                keyValue: "compliance-nightly");

            migrationBuilder.DropColumn(
                name: "LastCompletedOn",
                table: "JobLeases");
        }
    }
}
