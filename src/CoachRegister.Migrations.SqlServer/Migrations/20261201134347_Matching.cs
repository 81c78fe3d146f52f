using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Matching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MatchRequests_LineManagerId",
                table: "MatchRequests");

            migrationBuilder.DropIndex(
                name: "IX_MatchRequests_RequesterId",
                table: "MatchRequests");

            migrationBuilder.AddColumn<bool>(
                name: "Matching_AllowsSameServiceArea",
                table: "Schemes",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Matching_AnswerWithinDays",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<int>(
                name: "Matching_AreasInCommonWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 40);

            migrationBuilder.AddColumn<int>(
                name: "Matching_FirstChoiceWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "Matching_FirstReminderDay",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<int>(
                name: "Matching_FormatFitWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "Matching_LoadSpreadingWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "Matching_OtherOrganisation",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Matching_OtherOrganisationAvoidedWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "Matching_OtherOrganisationPreferredWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "Matching_SecondChoiceWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 35);

            migrationBuilder.AddColumn<int>(
                name: "Matching_SecondReminderDay",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 13);

            migrationBuilder.AddColumn<int>(
                name: "Matching_ThirdChoiceWeight",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AlterColumn<string>(
                name: "Reason3",
                table: "MatchRequests",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason2",
                table: "MatchRequests",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason1",
                table: "MatchRequests",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LineManagerComment",
                table: "MatchRequests",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<bool>(
                name: "IdentifiedThroughAppraisal",
                table: "MatchRequests",
                type: "bit",
                nullable: true,
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<string>(
                name: "GoalsForTeam",
                table: "MatchRequests",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GoalsForSelf",
                table: "MatchRequests",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GoalsForOrganisation",
                table: "MatchRequests",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Formats",
                table: "MatchRequests",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PreferredTimes",
                table: "MatchRequests",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PrivateParts",
                table: "MatchRequests",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "ProtectedHoursPerMonth",
                table: "MatchRequests",
                type: "decimal(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SchemeId",
                table: "MatchRequests",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Requests made before the column existed belong to their requester's scheme.
            migrationBuilder.Sql(MatchingData.RequestSchemeFromRequester);

            migrationBuilder.AddColumn<Guid>(
                name: "SecondPreferredCoachId",
                table: "MatchRequests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ThirdPreferredCoachId",
                table: "MatchRequests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WaitlistReason",
                table: "MatchRequests",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WaitlistedAt",
                table: "MatchRequests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChemistryArrangedById",
                table: "Matches",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChemistryMeetingFormat",
                table: "Matches",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "CoachWantsToGoOn",
                table: "Matches",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CoacheeWantsToGoOn",
                table: "Matches",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstReminderDue",
                table: "Matches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstReminderSentAt",
                table: "Matches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProposedById",
                table: "Matches",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RespondBy",
                table: "Matches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SecondReminderDue",
                table: "Matches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SecondReminderSentAt",
                table: "Matches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CohortPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReleasedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortPlans_Schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HolderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastCompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "MatchRequestAreas",
                columns: table => new
                {
                    AreasNeededId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRequestAreas", x => new { x.AreasNeededId, x.MatchRequestId });
                    table.ForeignKey(
                        name: "FK_MatchRequestAreas_CoachingAreas_AreasNeededId",
                        column: x => x.AreasNeededId,
                        principalTable: "CoachingAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchRequestAreas_MatchRequests_MatchRequestId",
                        column: x => x.MatchRequestId,
                        principalTable: "MatchRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchRequestStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<int>(type: "int", nullable: false),
                    To = table.Column<int>(type: "int", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRequestStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchRequestStatusChanges_MatchRequests_MatchRequestId",
                        column: x => x.MatchRequestId,
                        principalTable: "MatchRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CohortPlanCoach",
                columns: table => new
                {
                    CohortPlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortPlanCoach", x => new { x.CohortPlanId, x.CoachProfileId });
                    table.ForeignKey(
                        name: "FK_CohortPlanCoach_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CohortPlanCoach_CohortPlans_CohortPlanId",
                        column: x => x.CohortPlanId,
                        principalTable: "CohortPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CohortPlanEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortPlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AdjustedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortPlanEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortPlanEntry_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CohortPlanEntry_CohortPlans_CohortPlanId",
                        column: x => x.CohortPlanId,
                        principalTable: "CohortPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortPlanEntry_MatchRequests_MatchRequestId",
                        column: x => x.MatchRequestId,
                        principalTable: "MatchRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "HolderId", "LastCompletedAt", "LeasedUntil" },
                values: new object[] { "proposal-deadlines", null, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_LineManagerId_Status",
                table: "MatchRequests",
                columns: new[] { "LineManagerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_RequesterId_Status",
                table: "MatchRequests",
                columns: new[] { "RequesterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_SchemeId_Status",
                table: "MatchRequests",
                columns: new[] { "SchemeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_SecondPreferredCoachId",
                table: "MatchRequests",
                column: "SecondPreferredCoachId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_ThirdPreferredCoachId",
                table: "MatchRequests",
                column: "ThirdPreferredCoachId");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_Status_RespondBy",
                table: "Matches",
                columns: new[] { "Status", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_CohortPlanCoach_CoachProfileId",
                table: "CohortPlanCoach",
                column: "CoachProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortPlanEntry_CoachProfileId",
                table: "CohortPlanEntry",
                column: "CoachProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortPlanEntry_CohortPlanId_MatchRequestId",
                table: "CohortPlanEntry",
                columns: new[] { "CohortPlanId", "MatchRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CohortPlanEntry_MatchRequestId",
                table: "CohortPlanEntry",
                column: "MatchRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortPlans_SchemeId_Status",
                table: "CohortPlans",
                columns: new[] { "SchemeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequestAreas_MatchRequestId",
                table: "MatchRequestAreas",
                column: "MatchRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequestStatusChanges_MatchRequestId",
                table: "MatchRequestStatusChanges",
                column: "MatchRequestId");

            migrationBuilder.AddForeignKey(
                name: "FK_MatchRequests_CoachProfiles_SecondPreferredCoachId",
                table: "MatchRequests",
                column: "SecondPreferredCoachId",
                principalTable: "CoachProfiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MatchRequests_CoachProfiles_ThirdPreferredCoachId",
                table: "MatchRequests",
                column: "ThirdPreferredCoachId",
                principalTable: "CoachProfiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MatchRequests_Schemes_SchemeId",
                table: "MatchRequests",
                column: "SchemeId",
                principalTable: "Schemes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MatchRequests_CoachProfiles_SecondPreferredCoachId",
                table: "MatchRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_MatchRequests_CoachProfiles_ThirdPreferredCoachId",
                table: "MatchRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_MatchRequests_Schemes_SchemeId",
                table: "MatchRequests");

            migrationBuilder.DropTable(
                name: "CohortPlanCoach");

            migrationBuilder.DropTable(
                name: "CohortPlanEntry");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "MatchRequestAreas");

            migrationBuilder.DropTable(
                name: "MatchRequestStatusChanges");

            migrationBuilder.DropTable(
                name: "CohortPlans");

            migrationBuilder.DropIndex(
                name: "IX_MatchRequests_LineManagerId_Status",
                table: "MatchRequests");

            migrationBuilder.DropIndex(
                name: "IX_MatchRequests_RequesterId_Status",
                table: "MatchRequests");

            migrationBuilder.DropIndex(
                name: "IX_MatchRequests_SchemeId_Status",
                table: "MatchRequests");

            migrationBuilder.DropIndex(
                name: "IX_MatchRequests_SecondPreferredCoachId",
                table: "MatchRequests");

            migrationBuilder.DropIndex(
                name: "IX_MatchRequests_ThirdPreferredCoachId",
                table: "MatchRequests");

            migrationBuilder.DropIndex(
                name: "IX_Matches_Status_RespondBy",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "Matching_AllowsSameServiceArea",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_AnswerWithinDays",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_AreasInCommonWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_FirstChoiceWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_FirstReminderDay",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_FormatFitWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_LoadSpreadingWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_OtherOrganisation",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_OtherOrganisationAvoidedWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_OtherOrganisationPreferredWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_SecondChoiceWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_SecondReminderDay",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Matching_ThirdChoiceWeight",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Formats",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "PreferredTimes",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "PrivateParts",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "ProtectedHoursPerMonth",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "SchemeId",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "SecondPreferredCoachId",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "ThirdPreferredCoachId",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "WaitlistReason",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "WaitlistedAt",
                table: "MatchRequests");

            migrationBuilder.DropColumn(
                name: "ChemistryArrangedById",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "ChemistryMeetingFormat",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "CoachWantsToGoOn",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "CoacheeWantsToGoOn",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "FirstReminderDue",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "FirstReminderSentAt",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "ProposedById",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "RespondBy",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "SecondReminderDue",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "SecondReminderSentAt",
                table: "Matches");

            migrationBuilder.AlterColumn<string>(
                name: "Reason3",
                table: "MatchRequests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason2",
                table: "MatchRequests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason1",
                table: "MatchRequests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LineManagerComment",
                table: "MatchRequests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<bool>(
                name: "IdentifiedThroughAppraisal",
                table: "MatchRequests",
                type: "bit",
                nullable: false,
                defaultValue: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GoalsForTeam",
                table: "MatchRequests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GoalsForSelf",
                table: "MatchRequests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GoalsForOrganisation",
                table: "MatchRequests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_LineManagerId",
                table: "MatchRequests",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_RequesterId",
                table: "MatchRequests",
                column: "RequesterId");
        }
    }
}
