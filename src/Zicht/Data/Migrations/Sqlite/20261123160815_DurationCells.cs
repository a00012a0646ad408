using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DurationCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DurationCells",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosingYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Offsets = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DurationCells", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DurationCellTeams",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuiltAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DurationCellTeams", x => x.TeamId);
                });

            migrationBuilder.CreateTable(
                name: "TeamFigureStamps",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamFigureStamps", x => x.TeamId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DurationCells_TeamId_ServiceId_ClosingYear",
                table: "DurationCells",
                columns: new[] { "TeamId", "ServiceId", "ClosingYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DurationCells");

            migrationBuilder.DropTable(
                name: "DurationCellTeams");

            migrationBuilder.DropTable(
                name: "TeamFigureStamps");
        }
    }
}
