using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LearningAndPracticeGuide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuideVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuideVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuideVersion_AspNetUsers_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningNeed",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tool = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningNeed", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningNeed_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningStructure",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Composition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Rhythm = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FacilitatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningStructure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningStructure_AspNetUsers_FacilitatorId",
                        column: x => x.FacilitatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningStructure_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningStructure_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleRequirement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    WithinMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleRequirement", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffStart",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffStart", x => x.StaffId);
                    table.ForeignKey(
                        name: "FK_StaffStart_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCourse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Days = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCourse", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuideAcknowledgement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    GuideVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuideAcknowledgement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuideAcknowledgement_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GuideAcknowledgement_GuideVersion_GuideVersionId",
                        column: x => x.GuideVersionId,
                        principalTable: "GuideVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MinimalExpectation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuideVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Dutch = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    English = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinimalExpectation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinimalExpectation_GuideVersion_GuideVersionId",
                        column: x => x.GuideVersionId,
                        principalTable: "GuideVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FeedbackNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FacilitatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningSession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningSession_AspNetUsers_FacilitatorId",
                        column: x => x.FacilitatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningSession_LearningStructure_StructureId",
                        column: x => x.StructureId,
                        principalTable: "LearningStructure",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StructureMember",
                columns: table => new
                {
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureMember", x => new { x.StructureId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_StructureMember_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StructureMember_LearningStructure_StructureId",
                        column: x => x.StructureId,
                        principalTable: "LearningStructure",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AddedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecord_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingRecord_TrainingCourse_CourseId",
                        column: x => x.CourseId,
                        principalTable: "TrainingCourse",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionAttendee",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendee", x => new { x.SessionId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_SessionAttendee_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionAttendee_LearningSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LearningSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionCase",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionCase_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionCase_LearningSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LearningSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionPartner",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionPartner", x => new { x.SessionId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_SessionPartner_LearningSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LearningSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionPartner_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuideAcknowledgement_GuideVersionId",
                table: "GuideAcknowledgement",
                column: "GuideVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_GuideAcknowledgement_StaffId_Year",
                table: "GuideAcknowledgement",
                columns: new[] { "StaffId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuideVersion_Number",
                table: "GuideVersion",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuideVersion_PublishedById",
                table: "GuideVersion",
                column: "PublishedById");

            migrationBuilder.CreateIndex(
                name: "IX_LearningNeed_StaffId",
                table: "LearningNeed",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningSession_FacilitatorId",
                table: "LearningSession",
                column: "FacilitatorId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningSession_StructureId_HeldOn",
                table: "LearningSession",
                columns: new[] { "StructureId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningStructure_FacilitatorId",
                table: "LearningStructure",
                column: "FacilitatorId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningStructure_RegionId",
                table: "LearningStructure",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningStructure_TeamId",
                table: "LearningStructure",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_MinimalExpectation_GuideVersionId",
                table: "MinimalExpectation",
                column: "GuideVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleRequirement_Role_Kind",
                table: "RoleRequirement",
                columns: new[] { "Role", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendee_StaffId",
                table: "SessionAttendee",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionCase_CaseId",
                table: "SessionCase",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionCase_SessionId_CaseId",
                table: "SessionCase",
                columns: new[] { "SessionId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionPartner_OrganisationId",
                table: "SessionPartner",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StructureMember_StaffId",
                table: "StructureMember",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecord_CourseId_Status",
                table: "TrainingRecord",
                columns: new[] { "CourseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecord_StaffId_CourseId",
                table: "TrainingRecord",
                columns: new[] { "StaffId", "CourseId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuideAcknowledgement");

            migrationBuilder.DropTable(
                name: "LearningNeed");

            migrationBuilder.DropTable(
                name: "MinimalExpectation");

            migrationBuilder.DropTable(
                name: "RoleRequirement");

            migrationBuilder.DropTable(
                name: "SessionAttendee");

            migrationBuilder.DropTable(
                name: "SessionCase");

            migrationBuilder.DropTable(
                name: "SessionPartner");

            migrationBuilder.DropTable(
                name: "StaffStart");

            migrationBuilder.DropTable(
                name: "StructureMember");

            migrationBuilder.DropTable(
                name: "TrainingRecord");

            migrationBuilder.DropTable(
                name: "GuideVersion");

            migrationBuilder.DropTable(
                name: "LearningSession");

            migrationBuilder.DropTable(
                name: "TrainingCourse");

            migrationBuilder.DropTable(
                name: "LearningStructure");
        }
    }
}
