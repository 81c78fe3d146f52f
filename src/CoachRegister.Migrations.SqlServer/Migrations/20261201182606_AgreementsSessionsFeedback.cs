using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "SessionRecords",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CancelledById",
                table: "SessionRecords",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationMinutes",
                table: "SessionRecords",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordedAt",
                table: "SessionRecords",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ScheduledById",
                table: "SessionRecords",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Venue",
                table: "SessionRecords",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresDeclarationOfInterest",
                table: "Schemes",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReviewAfterMonths",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Challenges",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoDifferently",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Introduction",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyLearning",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextSessionFocus",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rapport",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SessionNumber",
                table: "ReflectiveLogEntries",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Surprises",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UsefulToKnowBefore",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WentWell",
                table: "ReflectiveLogEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "MeetingPreparations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "DevelopmentPlanItems",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "DevelopmentPlanItems",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "CoachPreparationReflections",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OverallExperience",
                table: "CoachFeedback",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HasInterestToDeclare",
                table: "AgreementSignatures",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterestDeclared",
                table: "AgreementSignatures",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedName",
                table: "AgreementSignatures",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "Agreements",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DevelopmentPlanItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Actions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CompleteBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Rag = table.Column<int>(type: "int", nullable: false),
                    WrittenById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WrittenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", maxLength: 1000000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndedBy = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    PrivateReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Outcome = table.Column<int>(type: "int", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientPersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThreeWayConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LineManagerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SignedName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SupportOffered = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                type: "int",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclarationOfInterest",
                table: "Agreements",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanItems_MatchId",
                table: "DevelopmentPlanItems",
                column: "MatchId");
        }
    }
}
