using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProviderQuality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImprovementAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Target = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Domains = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementAction_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionFinding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    HigherLevelIndicators = table.Column<bool>(type: "boolean", nullable: false),
                    Remarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionFinding", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionFinding_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityDepartment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WorkForm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityDepartment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityDepartment_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Vision = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ThemeTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    QualityTheme = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    OtherInformation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReadBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Feedback = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityReport_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Participants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Methods = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfEvaluation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfEvaluation_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OccupancyRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Function = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TypeModule = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RecognisedUnits = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    OccupiedUnits = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    DeliveredWeekdays = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    DeliveredWeekends = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    DeliveredHolidays = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    FaceToFaceHours = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    FaceToFaceTarget = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    NonClientHours = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupancyRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupancyRecord_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OccupancyRecord_QualityDepartment_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "QualityDepartment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DomainScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfEvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    CarriedOver = table.Column<bool>(type: "boolean", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HigherLevelElements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ActionLinks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DomainScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DomainScore_QualityDepartment_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "QualityDepartment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DomainScore_SelfEvaluation_SelfEvaluationId",
                        column: x => x.SelfEvaluationId,
                        principalTable: "SelfEvaluation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DomainScore_DepartmentId",
                table: "DomainScore",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DomainScore_SelfEvaluationId_DepartmentId_Domain",
                table: "DomainScore",
                columns: new[] { "SelfEvaluationId", "DepartmentId", "Domain" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementAction_OrganisationId_Year",
                table: "ImprovementAction",
                columns: new[] { "OrganisationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFinding_OrganisationId_Year_Domain",
                table: "InspectionFinding",
                columns: new[] { "OrganisationId", "Year", "Domain" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyRecord_DepartmentId",
                table: "OccupancyRecord",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyRecord_OrganisationId_Year_Quarter_DepartmentId_Fu~",
                table: "OccupancyRecord",
                columns: new[] { "OrganisationId", "Year", "Quarter", "DepartmentId", "Function", "TypeModule" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityDepartment_OrganisationId_Name_WorkForm",
                table: "QualityDepartment",
                columns: new[] { "OrganisationId", "Name", "WorkForm" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityReport_OrganisationId_Year",
                table: "QualityReport",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluation_OrganisationId_Year",
                table: "SelfEvaluation",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DomainScore");

            migrationBuilder.DropTable(
                name: "ImprovementAction");

            migrationBuilder.DropTable(
                name: "InspectionFinding");

            migrationBuilder.DropTable(
                name: "OccupancyRecord");

            migrationBuilder.DropTable(
                name: "QualityReport");

            migrationBuilder.DropTable(
                name: "SelfEvaluation");

            migrationBuilder.DropTable(
                name: "QualityDepartment");
        }
    }
}
