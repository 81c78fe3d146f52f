using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<int>(
                name: "Language",
                table: "AgreementWordings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Passage",
                table: "AgreementWordings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "AgreementWordings",
                type: "TEXT",
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementWordings_AgreementId_WordingVersionId",
                table: "AgreementWordings",
                columns: new[] { "AgreementId", "WordingVersionId" },
                unique: true);
        }
    }
}
