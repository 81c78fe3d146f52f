using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RelationshipFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RelationshipFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClaimedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Zip = table.Column<byte[]>(type: "BLOB", maxLength: 200000000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelationshipFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelationshipFiles_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RelationshipFiles_MatchId",
                table: "RelationshipFiles",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_RelationshipFiles_Status_CreatedAt",
                table: "RelationshipFiles",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RelationshipFiles");
        }
    }
}
