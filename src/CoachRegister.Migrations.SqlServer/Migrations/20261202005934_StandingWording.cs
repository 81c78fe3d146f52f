using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StandingWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WordingVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Passage = table.Column<int>(type: "int", nullable: false),
                    Language = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    EditedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EditedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WordingVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WordingVersions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WordingVersions_People_EditedById",
                        column: x => x.EditedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgreementWordings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WordingVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementWordings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementWordings_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementWordings_WordingVersions_WordingVersionId",
                        column: x => x.WordingVersionId,
                        principalTable: "WordingVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementWordings_AgreementId_WordingVersionId",
                table: "AgreementWordings",
                columns: new[] { "AgreementId", "WordingVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementWordings_WordingVersionId",
                table: "AgreementWordings",
                column: "WordingVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_WordingVersions_EditedById",
                table: "WordingVersions",
                column: "EditedById");

            migrationBuilder.CreateIndex(
                name: "IX_WordingVersions_OrganisationId_Passage_Language_Version",
                table: "WordingVersions",
                columns: new[] { "OrganisationId", "Passage", "Language", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementWordings");

            migrationBuilder.DropTable(
                name: "WordingVersions");
        }
    }
}
