using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachRegister.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CpdAndCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisionSessions_SupervisorId",
                table: "SupervisionSessions");








            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "SupervisionSessions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConfirmedAt",
                table: "SupervisionSessions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConfirmedBySupervisor",
                table: "SupervisionSessions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Coaches_CpdActivities",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Coaches_PeerSupportSessions",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Compliance_Coaches_PracticeHours",
                table: "Schemes",
                type: "decimal(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Coaches_QualificationLevel",
                table: "Schemes",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Coaches_QualificationMonths",
                table: "Schemes",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Coaches_SupervisionSessions",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Coaches_TrainingWorkshops",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_DueSoonDays",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Mentors_CpdActivities",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Mentors_PeerSupportSessions",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Compliance_Mentors_PracticeHours",
                table: "Schemes",
                type: "decimal(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Mentors_QualificationLevel",
                table: "Schemes",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Compliance_RecordsStartOn",
                table: "Schemes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Compliance_ReminderDays",
                table: "Schemes",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "HasEvidenceFile",
                table: "CpdActivities",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "CpdActivities",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_PauseAfterDaysOverdue",
                table: "Schemes",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Mentors_QualificationMonths",
                table: "Schemes",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_YearStartMonth",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_YearKind",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Mentors_TrainingWorkshops",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Mentors_SupervisionSessions",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Compliance_Mentors_PeerSupportSessions",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Compliance_MinimumSessionHours",
                table: "Schemes",
                type: "decimal(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            // The yearly minimums move from the scheme's flat columns to its compliance rules: coaches take them,
            // mentors too where they applied to mentors, and the qualification clock where it had a deadline.
            migrationBuilder.Sql("UPDATE [Schemes] SET [Compliance_Coaches_PracticeHours] = [AnnualCoachingHours], [Compliance_Coaches_SupervisionSessions] = [AnnualSupervisionSessions], [Compliance_Coaches_CpdActivities] = [AnnualCpdActivities], [Compliance_Coaches_PeerSupportSessions] = [AnnualPeerSupportSessions], [Compliance_Coaches_TrainingWorkshops] = [AnnualTrainingWorkshops], [Compliance_Mentors_PracticeHours] = CASE WHEN [MinimumsApplyToMentors] = 1 THEN [AnnualCoachingHours] ELSE 0 END, [Compliance_Mentors_SupervisionSessions] = CASE WHEN [MinimumsApplyToMentors] = 1 THEN [AnnualSupervisionSessions] ELSE 0 END, [Compliance_Mentors_CpdActivities] = CASE WHEN [MinimumsApplyToMentors] = 1 THEN [AnnualCpdActivities] ELSE 0 END, [Compliance_Mentors_PeerSupportSessions] = CASE WHEN [MinimumsApplyToMentors] = 1 THEN [AnnualPeerSupportSessions] ELSE 0 END, [Compliance_Mentors_TrainingWorkshops] = CASE WHEN [MinimumsApplyToMentors] = 1 THEN [AnnualTrainingWorkshops] ELSE 0 END, [Compliance_Coaches_QualificationLevel] = CASE WHEN [QualificationDeadlineMonths] IS NULL THEN NULL ELSE [RequiredQualification] END, [Compliance_Coaches_QualificationMonths] = [QualificationDeadlineMonths], [Compliance_Mentors_QualificationLevel] = CASE WHEN [MinimumsApplyToMentors] = 1 THEN CASE WHEN [QualificationDeadlineMonths] IS NULL THEN NULL ELSE [RequiredQualification] END ELSE NULL END, [Compliance_Mentors_QualificationMonths] = CASE WHEN [MinimumsApplyToMentors] = 1 THEN [QualificationDeadlineMonths] ELSE NULL END, [Compliance_YearKind] = 0, [Compliance_YearStartMonth] = 1, [Compliance_GroupSupervisionCounts] = 1, [Compliance_MinimumSessionHours] = 0, [Compliance_DueSoonDays] = 60, [Compliance_ReminderDays] = '60,30,7';");

            migrationBuilder.DropColumn(
                name: "AnnualCoachingHours",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "AnnualSupervisionSessions",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "AnnualCpdActivities",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "AnnualPeerSupportSessions",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "AnnualTrainingWorkshops",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "MinimumsApplyToMentors",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "QualificationDeadlineMonths",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "RequiredQualification",
                table: "Schemes");

            migrationBuilder.CreateTable(
                name: "ComplianceExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Requirement = table.Column<int>(type: "int", nullable: false),
                    OriginalDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    NewDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    GrantedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplianceExtensions_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Requirement = table.Column<int>(type: "int", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    DaysBefore = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplianceReminders_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceStandings",
                columns: table => new
                {
                    CoachProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PausedForComplianceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceStandings", x => x.CoachProfileId);
                    table.ForeignKey(
                        name: "FK_ComplianceStandings_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CpdEvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CpdActivityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpdEvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CpdEvidenceFiles_CpdActivities_CpdActivityId",
                        column: x => x.CpdActivityId,
                        principalTable: "CpdActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });


            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_SupervisorId_ConfirmedBySupervisor",
                table: "SupervisionSessions",
                columns: new[] { "SupervisorId", "ConfirmedBySupervisor" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceExtensions_CoachProfileId",
                table: "ComplianceExtensions",
                column: "CoachProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceReminders_CoachProfileId_Requirement_Deadline_DaysBefore",
                table: "ComplianceReminders",
                columns: new[] { "CoachProfileId", "Requirement", "Deadline", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CpdEvidenceFiles_CpdActivityId",
                table: "CpdEvidenceFiles",
                column: "CpdActivityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CpdEvidenceFiles_StoredName",
                table: "CpdEvidenceFiles",
                column: "StoredName",
                unique: true);

            // Matching brought the job lease table; the compliance job records the day it last finished, and
            // has its row from the start like every job.
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastCompletedOn",
                table: "JobLeases",
                type: "date",
                nullable: true);

            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "HolderId", "LastCompletedAt", "LastCompletedOn", "LeasedUntil" },
                values: new object[] { "compliance-nightly", null, null, null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "JobLeases",
                keyColumn: "Name",
                keyValue: "compliance-nightly");

            migrationBuilder.DropColumn(
                name: "LastCompletedOn",
                table: "JobLeases");

            migrationBuilder.AddColumn<decimal>(
                name: "AnnualCoachingHours",
                table: "Schemes",
                type: "decimal(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "AnnualSupervisionSessions",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnnualCpdActivities",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnnualPeerSupportSessions",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnnualTrainingWorkshops",
                table: "Schemes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MinimumsApplyToMentors",
                table: "Schemes",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "QualificationDeadlineMonths",
                table: "Schemes",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequiredQualification",
                table: "Schemes",
                type: "int",
                nullable: true);

            migrationBuilder.Sql("UPDATE [Schemes] SET [AnnualCoachingHours] = [Compliance_Coaches_PracticeHours], [AnnualSupervisionSessions] = [Compliance_Coaches_SupervisionSessions], [AnnualCpdActivities] = [Compliance_Coaches_CpdActivities], [AnnualPeerSupportSessions] = [Compliance_Coaches_PeerSupportSessions], [AnnualTrainingWorkshops] = [Compliance_Coaches_TrainingWorkshops], [MinimumsApplyToMentors] = 0, [QualificationDeadlineMonths] = [Compliance_Coaches_QualificationMonths], [RequiredQualification] = [Compliance_Coaches_QualificationLevel];");

            migrationBuilder.DropColumn(
                name: "Compliance_PauseAfterDaysOverdue",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_QualificationMonths",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_YearStartMonth",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_YearKind",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_TrainingWorkshops",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_SupervisionSessions",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_PeerSupportSessions",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_MinimumSessionHours",
                table: "Schemes");

            migrationBuilder.DropTable(
                name: "ComplianceExtensions");

            migrationBuilder.DropTable(
                name: "ComplianceReminders");

            migrationBuilder.DropTable(
                name: "ComplianceStandings");

            migrationBuilder.DropTable(
                name: "CpdEvidenceFiles");

            migrationBuilder.DropIndex(
                name: "IX_SupervisionSessions_SupervisorId_ConfirmedBySupervisor",
                table: "SupervisionSessions");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "SupervisionSessions");

            migrationBuilder.DropColumn(
                name: "ConfirmedBySupervisor",
                table: "SupervisionSessions");

            migrationBuilder.DropColumn(
                name: "Compliance_Coaches_CpdActivities",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Coaches_PeerSupportSessions",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Coaches_PracticeHours",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Coaches_QualificationLevel",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Coaches_QualificationMonths",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Coaches_SupervisionSessions",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Coaches_TrainingWorkshops",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_DueSoonDays",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_CpdActivities",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_PeerSupportSessions",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_PracticeHours",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_Mentors_QualificationLevel",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_RecordsStartOn",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "Compliance_ReminderDays",
                table: "Schemes");

            migrationBuilder.DropColumn(
                name: "HasEvidenceFile",
                table: "CpdActivities");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "CpdActivities");








            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "SupervisionSessions",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_SupervisorId",
                table: "SupervisionSessions",
                column: "SupervisorId");
        }
    }
}
