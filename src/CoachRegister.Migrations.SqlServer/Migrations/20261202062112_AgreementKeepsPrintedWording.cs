using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AgreementKeepsPrintedWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementWordings_AgreementId_WordingVersionId",
                table: "AgreementWordings");

            migrationBuilder.AlterColumn<Guid>(
                name: "WordingVersionId",
                table: "AgreementWordings",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<int>(
                name: "Language",
                table: "AgreementWordings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Passage",
                table: "AgreementWordings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "AgreementWordings",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "AgreementWordings");

            migrationBuilder.DropColumn(
                name: "Passage",
                table: "AgreementWordings");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "AgreementWordings");

            migrationBuilder.AlterColumn<Guid>(
                name: "WordingVersionId",
                table: "AgreementWordings",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementWordings_AgreementId_WordingVersionId",
                table: "AgreementWordings",
                columns: new[] { "AgreementId", "WordingVersionId" },
                unique: true);
        }
    }
}
