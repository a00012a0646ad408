using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChildScoreConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharedWithParents",
                table: "SafetyScore",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SharedWithParents",
                table: "SafetyScore");
        }
    }
}
