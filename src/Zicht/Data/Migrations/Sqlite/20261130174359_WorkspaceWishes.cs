using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NetworkInvolvedAtReferral",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NetworkInvolvedWho",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExampleQuestion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExampleQuestion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffDrafts",
                columns: table => new
                {
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Protected = table.Column<string>(type: "TEXT", nullable: false)
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
