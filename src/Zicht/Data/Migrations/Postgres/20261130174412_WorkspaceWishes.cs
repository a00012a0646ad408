using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkspaceWishes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotMeasuredBecause",
                table: "OutcomeIndicator",
                type: "character varying(600)",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NetworkInvolvedAtReferral",
                table: "Cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NetworkInvolvedWho",
                table: "Cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExampleQuestion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Context = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExampleQuestion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffDrafts",
                columns: table => new
                {
                    WaveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Protected = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffDrafts", x => new { x.WaveId, x.Key });
                    table.ForeignKey(
                        name: "FK_StaffDrafts_StaffWave_WaveId",
                        column: x => x.WaveId,
                        principalTable: "StaffWave",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExampleQuestion_Context_Position",
                table: "ExampleQuestion",
                columns: new[] { "Context", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExampleQuestion");

            migrationBuilder.DropTable(
                name: "StaffDrafts");

            migrationBuilder.DropColumn(
                name: "NotMeasuredBecause",
                table: "OutcomeIndicator");

            migrationBuilder.DropColumn(
                name: "NetworkInvolvedAtReferral",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NetworkInvolvedWho",
                table: "Cases");
        }
    }
}
