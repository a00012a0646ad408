using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FigureCellParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Cells built before this migration have no month or worker parts: drop them, every team is rebuilt on its next view.
            migrationBuilder.Sql("DELETE FROM \"DurationCellTeams\";");
            migrationBuilder.Sql("DELETE FROM \"DurationCells\";");

            migrationBuilder.AddColumn<byte[]>(
                name: "MonthCounts",
                table: "DurationCells",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "MonthOffsets",
                table: "DurationCells",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "WorkerCounts",
                table: "DurationCells",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "WorkerOffsets",
                table: "DurationCells",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MonthCounts",
                table: "DurationCells");

            migrationBuilder.DropColumn(
                name: "MonthOffsets",
                table: "DurationCells");

            migrationBuilder.DropColumn(
                name: "WorkerCounts",
                table: "DurationCells");

            migrationBuilder.DropColumn(
                name: "WorkerOffsets",
                table: "DurationCells");
        }
    }
}
