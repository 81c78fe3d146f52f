using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The agreement now keeps the declaration of interest's lead and notice with its own passages at the first
    /// signature. Versions signed before printed the declaration's default (nobody could edit it then): they are
    /// given those words, English and Welsh, so a later change of the default leaves them as signed. Data only.
    /// </summary>
    public partial class DeclarationKeepsPrintedWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in CoachRegister.Data.Configurations.PrintedWordingBackfill.DeclarationStatements(sqlServer: true))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The rows added are the declaration's defaults: without them a signed version prints the default anyway.
            migrationBuilder.Sql("DELETE FROM AgreementWordings WHERE \"Passage\" IN (8, 9) AND WordingVersionId IS NULL");
        }
    }
}
