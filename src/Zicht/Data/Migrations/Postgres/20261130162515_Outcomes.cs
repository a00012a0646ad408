using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Outcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GrowthTheme",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthTheme", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningNote",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    HalfYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningNote", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationObjective",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IndicatorIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationObjective", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeIndicator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Term = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Statement = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    FigureCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeIndicator", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TeamThemeChoice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    GrowthThemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    IntendedActions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamThemeChoice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamThemeChoice_GrowthTheme_GrowthThemeId",
                        column: x => x.GrowthThemeId,
                        principalTable: "GrowthTheme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TeamThemeChoice_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveReview",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveReview", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveReview_OrganisationObjective_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "OrganisationObjective",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeReflection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeReflection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeReflection_TeamThemeChoice_ChoiceId",
                        column: x => x.ChoiceId,
                        principalTable: "TeamThemeChoice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningNote_Scope_GroupId_HalfYear",
                table: "LearningNote",
                columns: new[] { "Scope", "GroupId", "HalfYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReview_ObjectiveId",
                table: "ObjectiveReview",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeIndicator_Level_Term_Position",
                table: "OutcomeIndicator",
                columns: new[] { "Level", "Term", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamThemeChoice_GrowthThemeId",
                table: "TeamThemeChoice",
                column: "GrowthThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamThemeChoice_TeamId_Year_GrowthThemeId",
                table: "TeamThemeChoice",
                columns: new[] { "TeamId", "Year", "GrowthThemeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeReflection_ChoiceId",
                table: "ThemeReflection",
                column: "ChoiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningNote");

            migrationBuilder.DropTable(
                name: "ObjectiveReview");

            migrationBuilder.DropTable(
                name: "OutcomeIndicator");

            migrationBuilder.DropTable(
                name: "ThemeReflection");

            migrationBuilder.DropTable(
                name: "OrganisationObjective");

            migrationBuilder.DropTable(
                name: "TeamThemeChoice");

            migrationBuilder.DropTable(
                name: "GrowthTheme");
        }
    }
}
