using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
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
                name: "FeedbackResponse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InvitationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Respondent = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackResponse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackResponse_InstrumentVersion_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffWave",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ParticipationKey = table.Column<byte[]>(type: "bytea", nullable: true),
                    Participants = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffWave", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffWave_InstrumentVersion_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StaffCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Services_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffParticipations",
                columns: table => new
                {
                    WaveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffParticipations", x => new { x.WaveId, x.Key });
                    table.ForeignKey(
                        name: "FK_StaffParticipations_StaffWave_WaveId",
                        column: x => x.WaveId,
                        principalTable: "StaffWave",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WaveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Service = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<int>(type: "integer", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffResponses_StaffWave_WaveId",
                        column: x => x.WaveId,
                        principalTable: "StaffWave",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
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
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Teams_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponsibleWorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferralSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MainTheme = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ComplicatingFactors = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReopensCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_AspNetUsers_ResponsibleWorkerId",
                        column: x => x.ResponsibleWorkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Cases_ReopensCaseId",
                        column: x => x.ReopensCaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffWaveTeam",
                columns: table => new
                {
                    WaveId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffWaveTeam", x => new { x.WaveId, x.TeamId });
                    table.ForeignKey(
                        name: "FK_StaffWaveTeam_StaffWave_WaveId",
                        column: x => x.WaveId,
                        principalTable: "StaffWave",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StaffWaveTeam_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TeamMemberships",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsLead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMemberships", x => new { x.TeamId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_TeamMemberships_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TeamMemberships_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseAssignments",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAssignments", x => new { x.CaseId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_CaseAssignments_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAssignments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CasePartnerships",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePartnerships", x => new { x.CaseId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_CasePartnerships_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CasePartnerships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasePeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Relationship = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NetworkKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PartnerOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    InformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Commitments = table.Column<string>(type: "text", nullable: true),
                    ChairsNetwork = table.Column<bool>(type: "boolean", nullable: false),
                    IsCrisisContact = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePeople_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrisisIntervention",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisIntervention", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisIntervention_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackInvitation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Respondent = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DraftAnswers = table.Column<string>(type: "text", nullable: true),
                    ConsentToFollowUp = table.Column<bool>(type: "boolean", nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    FollowUpOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackInvitation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackInvitation_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackInvitation_InstrumentVersion_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HarmMatrixEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Harm = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Severity = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Frequency = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Impact = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FirstIncident = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WorstIncident = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastIncident = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HarmMatrixEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HarmMatrixEntry_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MappingStatement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Section = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SaidBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SaidByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MappingStatement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MappingStatement_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MappingVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Occasion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Participants = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WithFamilyOrNetwork = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StatementCount = table.Column<int>(type: "integer", nullable: false),
                    HasDangerStatement = table.Column<bool>(type: "boolean", nullable: false),
                    HasSafetyGoal = table.Column<bool>(type: "boolean", nullable: false),
                    HasStrength = table.Column<bool>(type: "boolean", nullable: false),
                    HasExistingSafety = table.Column<bool>(type: "boolean", nullable: false),
                    StatementsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MappingVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MappingVersion_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMeeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Scaling = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Agreements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMeeting_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessTeamMeeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessTeamMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessTeamMeeting_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedInPlanB = table.Column<bool>(type: "boolean", nullable: false),
                    PlanB = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PlanBNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyPlan_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlanReview",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlanReview", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyPlanReview_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlanVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Audience = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildWording = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RulesJson = table.Column<string>(type: "text", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlanVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyPlanVersion_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScoredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    ScorerRole = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ScorerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyScore", x => x.Id);
                    table.CheckConstraint("CK_SafetyScore_Range", "\"Score\" BETWEEN 0 AND 10");
                    table.ForeignKey(
                        name: "FK_SafetyScore_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Trajectory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseRef = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Worker = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingYear = table.Column<int>(type: "integer", nullable: true),
                    ClosureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChildBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedInPlanB = table.Column<bool>(type: "boolean", nullable: true),
                    PlanB = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    NetworkMembers = table.Column<int>(type: "integer", nullable: true),
                    NetworkMeetings = table.Column<int>(type: "integer", nullable: true),
                    AdultSafetyPlanOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildSafetyPlanOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Placement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CrisisBefore = table.Column<int>(type: "integer", nullable: true),
                    CrisisAfter = table.Column<int>(type: "integer", nullable: true),
                    Step01InternalMapping = table.Column<DateOnly>(type: "date", nullable: true),
                    Step02MappingConversations = table.Column<DateOnly>(type: "date", nullable: true),
                    Step03InformedNetworkStarted = table.Column<DateOnly>(type: "date", nullable: true),
                    Step04ChildrenInvolved = table.Column<DateOnly>(type: "date", nullable: true),
                    Step05WordsAndPictures = table.Column<DateOnly>(type: "date", nullable: true),
                    Step06TimelineShared = table.Column<DateOnly>(type: "date", nullable: true),
                    Step07DangerStatementsGoals = table.Column<DateOnly>(type: "date", nullable: true),
                    Step08StrengthsSafety = table.Column<DateOnly>(type: "date", nullable: true),
                    Step09SafetyGoalDiscussed = table.Column<DateOnly>(type: "date", nullable: true),
                    Step10InitialSafetyPlan = table.Column<DateOnly>(type: "date", nullable: true),
                    Step11SafetyPlanMonitoring = table.Column<DateOnly>(type: "date", nullable: true),
                    Step12NetworkMeeting = table.Column<DateOnly>(type: "date", nullable: true),
                    Step13FinalSafetyPlan = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trajectory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trajectory_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Trajectory_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Trajectory_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Trajectory_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Trajectory_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WordsAndPicturesDocument",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Story = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WordsAndPicturesDocument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WordsAndPicturesDocument_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerRecordedStep",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerRecordedStep", x => new { x.CaseId, x.Step });
                    table.ForeignKey(
                        name: "FK_WorkerRecordedStep_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildVoiceRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tool = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Part = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildWords = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SharedWithParents = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildVoiceRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildVoiceRecord_CasePeople_ChildId",
                        column: x => x.ChildId,
                        principalTable: "CasePeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildVoiceRecord_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutOfHomePlacement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutOfHomePlacement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutOfHomePlacement_CasePeople_ChildId",
                        column: x => x.ChildId,
                        principalTable: "CasePeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OutOfHomePlacement_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlanRule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SafetyPlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    When = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlanRule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyPlanRule_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SafetyPlanRule_SafetyPlan_SafetyPlanId",
                        column: x => x.SafetyPlanId,
                        principalTable: "SafetyPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseUpload",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildVoiceRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    WordsAndPicturesId = table.Column<Guid>(type: "uuid", nullable: true),
                    OriginalName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SharedWithParents = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseUpload", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseUpload_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseUpload_ChildVoiceRecord_ChildVoiceRecordId",
                        column: x => x.ChildVoiceRecordId,
                        principalTable: "ChildVoiceRecord",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CaseUpload_WordsAndPicturesDocument_WordsAndPicturesId",
                        column: x => x.WordsAndPicturesId,
                        principalTable: "WordsAndPicturesDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kept = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringEntry_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MonitoringEntry_SafetyPlanRule_RuleId",
                        column: x => x.RuleId,
                        principalTable: "SafetyPlanRule",
                        principalColumn: "Id");
                });

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
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_StaffCode",
                table: "AspNetUsers",
                column: "StaffCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_CaseId_Sequence",
                table: "AuditTrail",
                columns: new[] { "CaseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_StaffId",
                table: "CaseAssignments",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePartnerships_OrganisationId",
                table: "CasePartnerships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePeople_CaseId",
                table: "CasePeople",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_Reference",
                table: "Cases",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReopensCaseId",
                table: "Cases",
                column: "ReopensCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ResponsibleWorkerId",
                table: "Cases",
                column: "ResponsibleWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ServiceId",
                table: "Cases",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TeamId",
                table: "Cases",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUpload_CaseId",
                table: "CaseUpload",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUpload_ChildVoiceRecordId",
                table: "CaseUpload",
                column: "ChildVoiceRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUpload_WordsAndPicturesId",
                table: "CaseUpload",
                column: "WordsAndPicturesId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildVoiceRecord_CaseId_RecordedOn",
                table: "ChildVoiceRecord",
                columns: new[] { "CaseId", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ChildVoiceRecord_ChildId",
                table: "ChildVoiceRecord",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisIntervention_CaseId",
                table: "CrisisIntervention",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInvitation_CaseId",
                table: "FeedbackInvitation",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInvitation_FollowUpOfId_DueOn",
                table: "FeedbackInvitation",
                columns: new[] { "FollowUpOfId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInvitation_InstrumentVersionId",
                table: "FeedbackInvitation",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInvitation_TokenHash",
                table: "FeedbackInvitation",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponse_InstrumentVersionId",
                table: "FeedbackResponse",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponse_InvitationId",
                table: "FeedbackResponse",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponse_TeamId_Period",
                table: "FeedbackResponse",
                columns: new[] { "TeamId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponse_WorkerId",
                table: "FeedbackResponse",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_HarmMatrixEntry_CaseId",
                table: "HarmMatrixEntry",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentVersion_Key_Version",
                table: "InstrumentVersion",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MappingStatement_CaseId_Section",
                table: "MappingStatement",
                columns: new[] { "CaseId", "Section" });

            migrationBuilder.CreateIndex(
                name: "IX_MappingVersion_CaseId_Number",
                table: "MappingVersion",
                columns: new[] { "CaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringEntry_CaseId_On",
                table: "MonitoringEntry",
                columns: new[] { "CaseId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringEntry_RuleId",
                table: "MonitoringEntry",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMeeting_CaseId_HeldOn",
                table: "NetworkMeeting",
                columns: new[] { "CaseId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Code",
                table: "Organisations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutOfHomePlacement_CaseId",
                table: "OutOfHomePlacement",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OutOfHomePlacement_ChildId",
                table: "OutOfHomePlacement",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessTeamMeeting_CaseId_HeldOn",
                table: "ProcessTeamMeeting",
                columns: new[] { "CaseId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Name",
                table: "Regions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlan_CaseId",
                table: "SafetyPlan",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanReview_CaseId",
                table: "SafetyPlanReview",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRule_CaseId",
                table: "SafetyPlanRule",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRule_SafetyPlanId",
                table: "SafetyPlanRule",
                column: "SafetyPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanVersion_CaseId_Number",
                table: "SafetyPlanVersion",
                columns: new[] { "CaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyScore_CaseId_ScoredOn",
                table: "SafetyScore",
                columns: new[] { "CaseId", "ScoredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Services_OrganisationId_Code",
                table: "Services",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffResponses_WaveId",
                table: "StaffResponses",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffWave_InstrumentVersionId",
                table: "StaffWave",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffWaveTeam_TeamId",
                table: "StaffWaveTeam",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMemberships_StaffId",
                table: "TeamMemberships",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_RegionId",
                table: "Teams",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_ServiceId_RegionId_Name",
                table: "Teams",
                columns: new[] { "ServiceId", "RegionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trajectory_CaseId",
                table: "Trajectory",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trajectory_OrganisationId_CaseRef",
                table: "Trajectory",
                columns: new[] { "OrganisationId", "CaseRef" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trajectory_RegionId_OpenedOn",
                table: "Trajectory",
                columns: new[] { "RegionId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectory_ServiceId",
                table: "Trajectory",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Trajectory_TeamId_OpenedOn",
                table: "Trajectory",
                columns: new[] { "TeamId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WordsAndPicturesDocument_CaseId",
                table: "WordsAndPicturesDocument",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "CaseAssignments");

            migrationBuilder.DropTable(
                name: "CasePartnerships");

            migrationBuilder.DropTable(
                name: "CaseUpload");

            migrationBuilder.DropTable(
                name: "CrisisIntervention");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FeedbackInvitation");

            migrationBuilder.DropTable(
                name: "FeedbackResponse");

            migrationBuilder.DropTable(
                name: "HarmMatrixEntry");

            migrationBuilder.DropTable(
                name: "MappingStatement");

            migrationBuilder.DropTable(
                name: "MappingVersion");

            migrationBuilder.DropTable(
                name: "MonitoringEntry");

            migrationBuilder.DropTable(
                name: "NetworkMeeting");

            migrationBuilder.DropTable(
                name: "OutOfHomePlacement");

            migrationBuilder.DropTable(
                name: "ProcessTeamMeeting");

            migrationBuilder.DropTable(
                name: "SafetyPlanReview");

            migrationBuilder.DropTable(
                name: "SafetyPlanVersion");

            migrationBuilder.DropTable(
                name: "SafetyScore");

            migrationBuilder.DropTable(
                name: "StaffParticipations");

            migrationBuilder.DropTable(
                name: "StaffResponses");

            migrationBuilder.DropTable(
                name: "StaffWaveTeam");

            migrationBuilder.DropTable(
                name: "TeamMemberships");

            migrationBuilder.DropTable(
                name: "Trajectory");

            migrationBuilder.DropTable(
                name: "WorkerRecordedStep");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ChildVoiceRecord");

            migrationBuilder.DropTable(
                name: "WordsAndPicturesDocument");

            migrationBuilder.DropTable(
                name: "SafetyPlanRule");

            migrationBuilder.DropTable(
                name: "StaffWave");

            migrationBuilder.DropTable(
                name: "CasePeople");

            migrationBuilder.DropTable(
                name: "SafetyPlan");

            migrationBuilder.DropTable(
                name: "InstrumentVersion");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropTable(
                name: "Services");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
