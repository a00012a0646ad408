using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpsStorageAndLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Partition",
                table: "AuditTrail",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The trail's order across partitions (decision 069): numbers given out without a lock, after the lines already there.
            migrationBuilder.Sql("""
                CREATE SEQUENCE IF NOT EXISTS audit_sequence;
                SELECT setval('audit_sequence', COALESCE((SELECT MAX("Sequence") FROM "AuditTrail"), 1), (SELECT MAX("Sequence") FROM "AuditTrail") IS NOT NULL);
                """);

            migrationBuilder.CreateTable(
                name: "Leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "UploadContents",
                columns: table => new
                {
                    StorageKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UploadContents", x => x.StorageKey);
                    table.ForeignKey(
                        name: "FK_UploadContents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Partition_Sequence",
                table: "AuditTrail",
                columns: new[] { "Partition", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_UploadContents_CaseId",
                table: "UploadContents",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP SEQUENCE IF EXISTS audit_sequence;");

            migrationBuilder.DropTable(
                name: "Leases");

            migrationBuilder.DropTable(
                name: "UploadContents");

            migrationBuilder.DropIndex(
                name: "IX_AuditTrail_Partition_Sequence",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "Partition",
                table: "AuditTrail");
        }
    }
}
