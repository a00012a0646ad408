using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FigureCellOpenedParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Cells built before this migration have no opening-month parts: drop them, every team is rebuilt on its next view.
            migrationBuilder.Sql("DELETE FROM \"DurationCellTeams\";");
            migrationBuilder.Sql("DELETE FROM \"DurationCells\";");

            migrationBuilder.AddColumn<byte[]>(
                name: "OpenedCounts",
                table: "DurationCells",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "OpenedOffsets",
                table: "DurationCells",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenedCounts",
                table: "DurationCells");

            migrationBuilder.DropColumn(
                name: "OpenedOffsets",
                table: "DurationCells");
        }
    }
}
