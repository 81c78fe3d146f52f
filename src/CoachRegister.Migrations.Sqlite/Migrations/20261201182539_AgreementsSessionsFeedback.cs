using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgreementsSessionsFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlanItems_MatchId",
                table: "DevelopmentPlanItems");

            migrationBuilder.DropColumn(
                name: "DeclarationOfInterest",
                table: "Agreements");

            migrationBuilder.AddColumn<int>(
                name: "CalendarSequence",
                table: "SessionRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "SessionRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CancelledById",
                table: "SessionRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationMinutes",
                table: "SessionRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "RecordedAt",
                table: "SessionRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ScheduledById",
                table: "SessionRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Venue",
                table: "SessionRecords",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresDeclarationOfInterest",
                table: "Schemes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReviewAfterMonths",
                table: "Schemes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Challenges",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoDifferently",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Introduction",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyLearning",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextSessionFocus",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rapport",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SessionNumber",
                table: "ReflectiveLogEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Surprises",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UsefulToKnowBefore",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WentWell",
                table: "ReflectiveLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "MeetingPreparations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "DevelopmentPlanItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "DevelopmentPlanItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "CoachPreparationReflections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OverallExperience",
                table: "CoachFeedback",
                type: "TEXT",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HasInterestToDeclare",
                table: "AgreementSignatures",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterestDeclared",
                table: "AgreementSignatures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedName",
                table: "AgreementSignatures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "Agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DevelopmentPlanItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompleteBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Rag = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenById = table.Column<Guid>(type: "TEXT", nullable: true),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReplacedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanRevisions_DevelopmentPlanItems_DevelopmentPlanItemId",
                        column: x => x.DevelopmentPlanItemId,
                        principalTable: "DevelopmentPlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 1000000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxAttachments_OutboxMessages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipEndings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    PrivateReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipEndings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipEndings_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipReviews_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThreeWayConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupportOffered = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreeWayConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThreeWayConfirmations_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThreeWayConfirmations_People_LineManagerId",
                        column: x => x.LineManagerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionRecords_Status_MeetingDate",
                table: "SessionRecords",
                columns: new[] { "Status", "MeetingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanItems_MatchId_Date",
                table: "DevelopmentPlanItems",
                columns: new[] { "MatchId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanRevisions_DevelopmentPlanItemId",
                table: "DevelopmentPlanRevisions",
                column: "DevelopmentPlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxAttachments_OutboxMessageId",
                table: "OutboxAttachments",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipEndings_MatchId",
                table: "PartnershipEndings",
                column: "MatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipReviews_MatchId_Reason",
                table: "PartnershipReviews",
                columns: new[] { "MatchId", "Reason" });

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_Kind_SubjectId_RecipientPersonId",
                table: "SentReminders",
                columns: new[] { "Kind", "SubjectId", "RecipientPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThreeWayConfirmations_LineManagerId",
                table: "ThreeWayConfirmations",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreeWayConfirmations_MatchId",
                table: "ThreeWayConfirmations",
                column: "MatchId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DevelopmentPlanRevisions");

            migrationBuilder.DropTable(
                name: "OutboxAttachments");

            migrationBuilder.DropTable(
                name: "PartnershipEndings");

            migrationBuilder.DropTable(
                name: "PartnershipReviews");

            migrationBuilder.DropTable(
                name: "SentReminders");

            migrationBuilder.DropTable(
                name: "ThreeWayConfirmations");

            migrationBuilder.DropIndex(
                name: "IX_SessionRecords_Status_MeetingDate",
                table: "SessionRecords");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlanItems_MatchId_Date",
                table: "DevelopmentPlanItems");

            migrationBuilder.DropColumn(
                name: "CalendarSequence",
                table: "SessionRecords");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "SessionRecords");

            migrationBuilder.DropColumn(
                name: "CancelledById",
                table: "SessionRecords");

            migrationBuilder.DropColumn(
                name: "DurationMinutes",
                table: "SessionRecords");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "SessionRecords");

            migrationBuilder.DropColumn(
                name: "ScheduledById",
                table: "SessionRecords");

            migrationBuilder.DropColumn(
                name: "Venue",
                table: "SessionRecords");

            migrationBuilder.DropColumn(
                name: "RequiresDeclarationOfInterest",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "ReviewAfterMonths",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Challenges",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "DoDifferently",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "Introduction",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "KeyLearning",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "NextSessionFocus",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "Rapport",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "SessionNumber",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "Surprises",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "UsefulToKnowBefore",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "WentWell",
                table: "ReflectiveLogEntries");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "MeetingPreparations");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "DevelopmentPlanItems");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "DevelopmentPlanItems");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "CoachPreparationReflections");

            migrationBuilder.DropColumn(
                name: "HasInterestToDeclare",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "InterestDeclared",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "SignedName",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Agreements");

            migrationBuilder.AlterColumn<int>(
                name: "OverallExperience",
                table: "CoachFeedback",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclarationOfInterest",
                table: "Agreements",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanItems_MatchId",
                table: "DevelopmentPlanItems",
                column: "MatchId");
        }
    }
}
