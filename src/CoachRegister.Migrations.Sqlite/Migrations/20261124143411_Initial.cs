using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoachRegister.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoachingAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameWelsh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClaimedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Schemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnnualCoachingHours = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    AnnualSupervisionSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualCpdActivities = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualPeerSupportSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualTrainingWorkshops = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumsApplyToMentors = table.Column<bool>(type: "INTEGER", nullable: false),
                    QualificationDeadlineMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    RequiredQualification = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxCoacheesWhileDeveloping = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxCoachees = table.Column<int>(type: "INTEGER", nullable: false),
                    AllowsCompetencyInterview = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresReferences = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresPracticeDetails = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaysPractitioners = table.Column<bool>(type: "INTEGER", nullable: false),
                    TypicalSessionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionMinutesMin = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionMinutesMax = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewAfterSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CancellationsBeforeReview = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceAreas_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Telephone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ServiceAreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LineManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_People_LineManagerId",
                        column: x => x.LineManagerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastTotpTimeStep = table.Column<long>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Offers = table.Column<int>(type: "INTEGER", nullable: false),
                    ExperienceAndSkills = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecentSupportOfOthers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PreviousExperienceAndOutcomes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HoldsAccreditation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Accreditation = table.Column<int>(type: "INTEGER", nullable: false),
                    QualificationsAnswered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Practice_ClaimAs = table.Column<int>(type: "INTEGER", nullable: true),
                    Practice_PracticeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Practice_PracticeAddress = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Practice_PracticeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Practice_PracticeTelephone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Practice_PracticeManagerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Practice_PracticeManagerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Practice_PracticeManagerTelephone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProposedStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreesToExpectations = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmsCodeOfEthics = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmsSupervisionAndCpd = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmsLineManagerRelease = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmsDataProcessing = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSelfEmployed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SlaSigned = table.Column<bool>(type: "INTEGER", nullable: true),
                    HasLiabilityInsurance = table.Column<bool>(type: "INTEGER", nullable: true),
                    DeclarationOfInterest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LineManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LineManagerSupport = table.Column<int>(type: "INTEGER", nullable: false),
                    LineManagerComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LineManagerRespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InterviewOutcome = table.Column<int>(type: "INTEGER", nullable: false),
                    InterviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InterviewNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExpectedStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachApplications_People_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachApplications_People_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachApplications_People_LineManagerId",
                        column: x => x.LineManagerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachApplications_Schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Offers = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Bio = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Formats = table.Column<int>(type: "INTEGER", nullable: false),
                    Accreditation = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationOther = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompetencyInterviewPassed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsTrainedSupervisor = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargesFees = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeesDetails = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptingNewCoachees = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeclarationOfInterest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PausedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PausedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatusBeforePause = table.Column<int>(type: "INTEGER", nullable: true),
                    LastConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Photo = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PhotoContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SupportingMentorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachProfiles_CoachProfiles_SupportingMentorId",
                        column: x => x.SupportingMentorId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachProfiles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachProfiles_Schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "Schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationQualification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationQualification", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationQualification_CoachApplications_CoachApplicationId",
                        column: x => x.CoachApplicationId,
                        principalTable: "CoachApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoachApplicationAreas",
                columns: table => new
                {
                    AreasId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachApplicationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachApplicationAreas", x => new { x.AreasId, x.CoachApplicationId });
                    table.ForeignKey(
                        name: "FK_CoachApplicationAreas_CoachApplications_CoachApplicationId",
                        column: x => x.CoachApplicationId,
                        principalTable: "CoachApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoachApplicationAreas_CoachingAreas_AreasId",
                        column: x => x.AreasId,
                        principalTable: "CoachingAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfessionalReference",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Telephone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfessionalReference", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProfessionalReference_CoachApplications_CoachApplicationId",
                        column: x => x.CoachApplicationId,
                        principalTable: "CoachApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoachProfileAreas",
                columns: table => new
                {
                    AreasId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachProfileAreas", x => new { x.AreasId, x.CoachProfileId });
                    table.ForeignKey(
                        name: "FK_CoachProfileAreas_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoachProfileAreas_CoachingAreas_AreasId",
                        column: x => x.AreasId,
                        principalTable: "CoachingAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CpdActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpdActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CpdActivities_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Wanted = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason1 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reason2 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reason3 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IdentifiedThroughAppraisal = table.Column<bool>(type: "INTEGER", nullable: false),
                    MentoringGap = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalsForSelf = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GoalsForTeam = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GoalsForOrganisation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PreferredCoachId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LineManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LineManagerSupport = table.Column<int>(type: "INTEGER", nullable: false),
                    LineManagerComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LineManagerRespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchRequests_CoachProfiles_PreferredCoachId",
                        column: x => x.PreferredCoachId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchRequests_People_LineManagerId",
                        column: x => x.LineManagerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchRequests_People_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstAssignmentSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Qualifications_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionSessions_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupervisionSessions_People_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Matches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoacheeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChemistryMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Matches_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Matches_MatchRequests_MatchRequestId",
                        column: x => x.MatchRequestId,
                        principalTable: "MatchRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Matches_People_CoacheeId",
                        column: x => x.CoacheeId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Objectives = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CoacheeCommitments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CoachCommitments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SharedCommitments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NumberOfSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SessionLengthMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    FirstSessionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstSessionVenue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CancellationProtocol = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConfidentialityTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ThreeWayContracting = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewPoint = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    EndingArrangements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DeclarationOfInterest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompleteBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Rag = table.Column<int>(type: "INTEGER", nullable: false),
                    IsReviewEntry = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanItems_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinalEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HowFoundStyle = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MetExpectations = table.Column<bool>(type: "INTEGER", nullable: true),
                    MetExpectationsComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WouldRecommend = table.Column<bool>(type: "INTEGER", nullable: true),
                    HowThingsChanged = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WouldConsiderCoachingCourse = table.Column<bool>(type: "INTEGER", nullable: true),
                    Helpful1 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Helpful2 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Helpful3 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Unhelpful1 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Unhelpful2 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Unhelpful3 = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinalEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinalEvaluations_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    BaselineScore = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchStatusChanges_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReflectiveLogEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reality = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Options = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WayForward = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reflection = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveLogEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectiveLogEntries_CoachProfiles_CoachProfileId",
                        column: x => x.CoachProfileId,
                        principalTable: "CoachProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReflectiveLogEntries_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelledBy = table.Column<int>(type: "INTEGER", nullable: true),
                    NoticeHours = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousActionsSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    KeyPoints = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SessionGoal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActionsIdentified = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reflections = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionRecords_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementSignatures_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementSignatures_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkedWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WorkedLessWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CoachCouldDevelop = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverallExperience = table.Column<int>(type: "INTEGER", nullable: true),
                    SuggestionsForLowScores = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachFeedback_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoachFeedback_SessionRecords_SessionRecordId",
                        column: x => x.SessionRecordId,
                        principalTable: "SessionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachPreparationReflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoacheeLearningStyle = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SkillsToWorkOn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Approach = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WorkedWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WorkedLessWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ModelsAndTechniques = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WhatILearnt = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachPreparationReflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachPreparationReflections_SessionRecords_SessionRecordId",
                        column: x => x.SessionRecordId,
                        principalTable: "SessionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalProgress", x => x.Id);
                    table.CheckConstraint("CK_GoalProgress_Score", "Score BETWEEN 0 AND 10");
                    table.ForeignKey(
                        name: "FK_GoalProgress_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalProgress_SessionRecords_SessionRecordId",
                        column: x => x.SessionRecordId,
                        principalTable: "SessionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingPreparations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccomplishedSinceLastTime = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NotDoneButIntended = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OnMyMindAtWork = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CurrentChallenges = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CurrentOpportunities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnythingElse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WantFromSession = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPreparations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingPreparations_SessionRecords_SessionRecordId",
                        column: x => x.SessionRecordId,
                        principalTable: "SessionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttributeRating",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachFeedbackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attribute = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttributeRating", x => x.Id);
                    table.CheckConstraint("CK_AttributeRating_Score", "Score BETWEEN 1 AND 10");
                    table.ForeignKey(
                        name: "FK_AttributeRating_CoachFeedback_CoachFeedbackId",
                        column: x => x.CoachFeedbackId,
                        principalTable: "CoachFeedback",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { new Guid("0193a000-0000-7000-8000-000000000001"), "0193a000-0000-7000-8000-000000000001", "Staff", "STAFF" },
                    { new Guid("0193a000-0000-7000-8000-000000000002"), "0193a000-0000-7000-8000-000000000002", "Coach", "COACH" },
                    { new Guid("0193a000-0000-7000-8000-000000000003"), "0193a000-0000-7000-8000-000000000003", "Mentor", "MENTOR" },
                    { new Guid("0193a000-0000-7000-8000-000000000004"), "0193a000-0000-7000-8000-000000000004", "Supervisor", "SUPERVISOR" },
                    { new Guid("0193a000-0000-7000-8000-000000000005"), "0193a000-0000-7000-8000-000000000005", "HrAdmin", "HRADMIN" },
                    { new Guid("0193a000-0000-7000-8000-000000000006"), "0193a000-0000-7000-8000-000000000006", "SystemAdmin", "SYSTEMADMIN" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_MatchId_Version",
                table: "Agreements",
                columns: new[] { "MatchId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_AgreementId_Role",
                table: "AgreementSignatures",
                columns: new[] { "AgreementId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_PersonId",
                table: "AgreementSignatures",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationQualification_CoachApplicationId",
                table: "ApplicationQualification",
                column: "CoachApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttributeRating_CoachFeedbackId_Attribute",
                table: "AttributeRating",
                columns: new[] { "CoachFeedbackId", "Attribute" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_At",
                table: "AuditEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_EntityType_EntityId",
                table: "AuditEvents",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplicationAreas_CoachApplicationId",
                table: "CoachApplicationAreas",
                column: "CoachApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_ApplicantId",
                table: "CoachApplications",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_DecidedById",
                table: "CoachApplications",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_LineManagerId",
                table: "CoachApplications",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_SchemeId",
                table: "CoachApplications",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_Status_SubmittedAt",
                table: "CoachApplications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachFeedback_MatchId",
                table: "CoachFeedback",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachFeedback_SessionRecordId",
                table: "CoachFeedback",
                column: "SessionRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingAreas_Name",
                table: "CoachingAreas",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachPreparationReflections_SessionRecordId",
                table: "CoachPreparationReflections",
                column: "SessionRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachProfileAreas_CoachProfileId",
                table: "CoachProfileAreas",
                column: "CoachProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachProfiles_PersonId",
                table: "CoachProfiles",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachProfiles_SchemeId",
                table: "CoachProfiles",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachProfiles_Status_Offers",
                table: "CoachProfiles",
                columns: new[] { "Status", "Offers" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachProfiles_SupportingMentorId",
                table: "CoachProfiles",
                column: "SupportingMentorId");

            migrationBuilder.CreateIndex(
                name: "IX_CpdActivities_CoachProfileId_Date",
                table: "CpdActivities",
                columns: new[] { "CoachProfileId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanItems_MatchId",
                table: "DevelopmentPlanItems",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_FinalEvaluations_MatchId",
                table: "FinalEvaluations",
                column: "MatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_GoalId",
                table: "GoalProgress",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_SessionRecordId_GoalId",
                table: "GoalProgress",
                columns: new[] { "SessionRecordId", "GoalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Goals_MatchId",
                table: "Goals",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_CoacheeId_Status",
                table: "Matches",
                columns: new[] { "CoacheeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_CoachProfileId_Status",
                table: "Matches",
                columns: new[] { "CoachProfileId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_MatchRequestId",
                table: "Matches",
                column: "MatchRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_LineManagerId",
                table: "MatchRequests",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_PreferredCoachId",
                table: "MatchRequests",
                column: "PreferredCoachId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_RequesterId",
                table: "MatchRequests",
                column: "RequesterId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchRequests_Status_SubmittedAt",
                table: "MatchRequests",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchStatusChanges_MatchId",
                table: "MatchStatusChanges",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPreparations_SessionRecordId",
                table: "MeetingPreparations",
                column: "SessionRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_SchemeId",
                table: "Organisations",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_People_Email",
                table: "People",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyName_GivenName",
                table: "People",
                columns: new[] { "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_People_LineManagerId",
                table: "People",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganisationId",
                table: "People",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_People_ServiceAreaId",
                table: "People",
                column: "ServiceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfessionalReference_CoachApplicationId",
                table: "ProfessionalReference",
                column: "CoachApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_CoachProfileId",
                table: "Qualifications",
                column: "CoachProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveLogEntries_CoachProfileId_EntryDate",
                table: "ReflectiveLogEntries",
                columns: new[] { "CoachProfileId", "EntryDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveLogEntries_MatchId",
                table: "ReflectiveLogEntries",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Schemes_Code",
                table: "Schemes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAreas_OrganisationId_Name",
                table: "ServiceAreas",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionRecords_MatchId_SessionNumber",
                table: "SessionRecords",
                columns: new[] { "MatchId", "SessionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_CoachProfileId_Date",
                table: "SupervisionSessions",
                columns: new[] { "CoachProfileId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_SupervisorId",
                table: "SupervisionSessions",
                column: "SupervisorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementSignatures");

            migrationBuilder.DropTable(
                name: "ApplicationQualification");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AttributeRating");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CoachApplicationAreas");

            migrationBuilder.DropTable(
                name: "CoachPreparationReflections");

            migrationBuilder.DropTable(
                name: "CoachProfileAreas");

            migrationBuilder.DropTable(
                name: "CpdActivities");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DevelopmentPlanItems");

            migrationBuilder.DropTable(
                name: "FinalEvaluations");

            migrationBuilder.DropTable(
                name: "GoalProgress");

            migrationBuilder.DropTable(
                name: "MatchStatusChanges");

            migrationBuilder.DropTable(
                name: "MeetingPreparations");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ProfessionalReference");

            migrationBuilder.DropTable(
                name: "Qualifications");

            migrationBuilder.DropTable(
                name: "ReflectiveLogEntries");

            migrationBuilder.DropTable(
                name: "SupervisionSessions");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CoachFeedback");

            migrationBuilder.DropTable(
                name: "CoachingAreas");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "CoachApplications");

            migrationBuilder.DropTable(
                name: "SessionRecords");

            migrationBuilder.DropTable(
                name: "Matches");

            migrationBuilder.DropTable(
                name: "MatchRequests");

            migrationBuilder.DropTable(
                name: "CoachProfiles");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "ServiceAreas");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Schemes");
        }
    }
}
