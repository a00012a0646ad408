using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingTemplateAndEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Agenda",
                table: "NetworkMeeting",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ChildPresent",
                table: "NetworkMeeting",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ChildSpokenBefore",
                table: "NetworkMeeting",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChildVoice",
                table: "NetworkMeeting",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Feedback",
                table: "NetworkMeeting",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GoingWell",
                table: "NetworkMeeting",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MappingVersionNumber",
                table: "NetworkMeeting",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextChair",
                table: "NetworkMeeting",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlanVersionNumber",
                table: "NetworkMeeting",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanWork",
                table: "NetworkMeeting",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScalingEnd",
                table: "NetworkMeeting",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScalingMeaning",
                table: "NetworkMeeting",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Worries",
                table: "NetworkMeeting",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EvaluationReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    AnswersJson = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinalisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FinalisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationReport_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationReport_CaseId_PeriodFrom",
                table: "EvaluationReport",
                columns: new[] { "CaseId", "PeriodFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationReport");

            migrationBuilder.DropColumn(
                name: "Agenda",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "ChildPresent",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "ChildSpokenBefore",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "ChildVoice",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "Feedback",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "GoingWell",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "MappingVersionNumber",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "NextChair",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "PlanVersionNumber",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "PlanWork",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "ScalingEnd",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "ScalingMeaning",
                table: "NetworkMeeting");

            migrationBuilder.DropColumn(
                name: "Worries",
                table: "NetworkMeeting");
        }
    }
}
