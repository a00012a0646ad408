using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnsealedAuditReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Unsealed",
                table: "AuditTrail",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Unsealed",
                table: "AuditTrail",
                column: "Sequence",
                filter: "\"Unsealed\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditTrail_Unsealed",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "Unsealed",
                table: "AuditTrail");
        }
    }
}
