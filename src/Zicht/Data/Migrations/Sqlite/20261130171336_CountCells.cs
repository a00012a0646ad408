using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CountCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Counts",
                table: "DurationCells",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            // Cells built before this column have no counts: forget every team's build, so the next view rebuilds it.
            migrationBuilder.Sql("DELETE FROM \"DurationCellTeams\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Counts",
                table: "DurationCells");
        }
    }
}
