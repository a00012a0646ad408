using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FamilyViewSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "StatementId",
                table: "FamilyViewItem",
                newName: "SourceId");

            migrationBuilder.RenameIndex(
                name: "IX_FamilyViewItem_LinkId_StatementId",
                table: "FamilyViewItem",
                newName: "IX_FamilyViewItem_LinkId_SourceId");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReleasedAt",
                table: "FamilyViewLink",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SafetyPlanVersionId",
                table: "FamilyViewLink",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Heading",
                table: "FamilyViewItem",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "FamilyViewItem",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "FamilyViewItem",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            // Links made before releases were frozen: freeze them now, as the statements read today.
            migrationBuilder.Sql("UPDATE \"FamilyViewItem\" SET \"Kind\" = 'Statement', " +
                "\"Heading\" = COALESCE((SELECT s.\"Section\" FROM \"MappingStatement\" s WHERE s.\"Id\" = \"FamilyViewItem\".\"SourceId\"), ''), " +
                "\"Text\" = COALESCE((SELECT s.\"Text\" FROM \"MappingStatement\" s WHERE s.\"Id\" = \"FamilyViewItem\".\"SourceId\"), '')");
            migrationBuilder.Sql("UPDATE \"FamilyViewLink\" SET \"ReleasedAt\" = \"CreatedAt\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReleasedAt",
                table: "FamilyViewLink");

            migrationBuilder.DropColumn(
                name: "SafetyPlanVersionId",
                table: "FamilyViewLink");

            migrationBuilder.DropColumn(
                name: "Heading",
                table: "FamilyViewItem");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "FamilyViewItem");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "FamilyViewItem");

            migrationBuilder.RenameColumn(
                name: "SourceId",
                table: "FamilyViewItem",
                newName: "StatementId");

            migrationBuilder.RenameIndex(
                name: "IX_FamilyViewItem_LinkId_SourceId",
                table: "FamilyViewItem",
                newName: "IX_FamilyViewItem_LinkId_StatementId");
        }
    }
}
