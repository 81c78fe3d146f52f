using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Gives agreements signed before their words were kept the words they printed, then makes one row per passage and
    /// language unique. Apart from the schema change before it, because SQLite rebuilds the table for that one, and
    /// the rebuild made the index (not unique) while every row still had the same passage and language.
    /// </summary>
    public partial class AgreementWordingBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Agreements signed before this release: the words of the versions they point at, and the defaults they printed.
            foreach (var statement in CoachRegister.Data.Configurations.PrintedWordingBackfill.Statements(sqlServer: false))
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropIndex(
                name: "IX_AgreementWordings_AgreementId_Passage_Language",
                table: "AgreementWordings");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementWordings_AgreementId_Passage_Language",
                table: "AgreementWordings",
                columns: new[] { "AgreementId", "Passage", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementWordings_AgreementId_Passage_Language",
                table: "AgreementWordings");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementWordings_AgreementId_Passage_Language",
                table: "AgreementWordings",
                columns: new[] { "AgreementId", "Passage", "Language" },
                unique: false);
        }
    }
}
