using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SchemeBoundary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachApplications_SchemeId",
                table: "CoachApplications");

            migrationBuilder.AddColumn<bool>(
                name: "HasPhoto",
                table: "CoachProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ApplicationStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationStatusChanges_CoachApplications_CoachApplicationId",
                        column: x => x.CoachApplicationId,
                        principalTable: "CoachApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfilePhotos",
                columns: table => new
                {
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfilePhotos", x => x.CoachProfileId);
                    table.ForeignKey(
                        name: "FK_ProfilePhotos_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfileStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProfileStatusChanges_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisterOpenings",
                columns: table => new
                {
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerSchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterOpenings", x => new { x.SchemeId, x.PartnerSchemeId });
                    table.ForeignKey(
                        name: "FK_RegisterOpenings_Schemes_PartnerSchemeId",
                        column: x => x.PartnerSchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterOpenings_Schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SchemeAdministrators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeAdministrators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeAdministrators_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SchemeAdministrators_Schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_SchemeId_Status",
                table: "CoachApplications",
                columns: new[] { "SchemeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationStatusChanges_CoachApplicationId",
                table: "ApplicationStatusChanges",
                column: "CoachApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileStatusChanges_CoachProfileId",
                table: "ProfileStatusChanges",
                column: "CoachProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterOpenings_PartnerSchemeId",
                table: "RegisterOpenings",
                column: "PartnerSchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_SchemeAdministrators_PersonId_SchemeId",
                table: "SchemeAdministrators",
                columns: new[] { "PersonId", "SchemeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchemeAdministrators_SchemeId",
                table: "SchemeAdministrators",
                column: "SchemeId");

            // Photos move to their own table before the columns go, so no photo is lost.
            migrationBuilder.Sql("""
                INSERT INTO "ProfilePhotos" ("CoachProfileId", "Content", "ContentType", "UpdatedAt", "ConcurrencyStamp")
                SELECT "Id", "Photo", COALESCE("PhotoContentType", 'image/jpeg'), "UpdatedAt",
                    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))
                FROM "CoachProfiles" WHERE "Photo" IS NOT NULL;
                UPDATE "CoachProfiles" SET "HasPhoto" = 1 WHERE "Photo" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "Photo",
                table: "CoachProfiles");

            migrationBuilder.DropColumn(
                name: "PhotoContentType",
                table: "CoachProfiles");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Photo",
                table: "CoachProfiles",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhotoContentType",
                table: "CoachProfiles",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "CoachProfiles" SET
                    "Photo" = (SELECT "Content" FROM "ProfilePhotos" WHERE "CoachProfileId" = "CoachProfiles"."Id"),
                    "PhotoContentType" = (SELECT "ContentType" FROM "ProfilePhotos" WHERE "CoachProfileId" = "CoachProfiles"."Id");
                """);

            migrationBuilder.DropTable(
                name: "ApplicationStatusChanges");

            migrationBuilder.DropTable(
                name: "ProfilePhotos");

            migrationBuilder.DropTable(
                name: "ProfileStatusChanges");

            migrationBuilder.DropTable(
                name: "RegisterOpenings");

            migrationBuilder.DropTable(
                name: "SchemeAdministrators");

            migrationBuilder.DropIndex(
                name: "IX_CoachApplications_SchemeId_Status",
                table: "CoachApplications");

            migrationBuilder.DropColumn(
                name: "HasPhoto",
                table: "CoachProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_SchemeId",
                table: "CoachApplications",
                column: "SchemeId");
        }
    }
}
