using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnlinkFeedbackResponses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackResponse_InvitationId",
                table: "FeedbackResponse");

            migrationBuilder.DropColumn(
                name: "InvitationId",
                table: "FeedbackResponse");

            // Existing responses: the quarter instead of the month, and rewritten in random order so the
            // rowids no longer follow the order in which the links were used (issue 8).
            migrationBuilder.Sql("UPDATE \"FeedbackResponse\" SET \"Period\" = substr(\"Period\", 1, 5) || CASE "
                + "WHEN CAST(substr(\"Period\", 6, 2) AS INTEGER) <= 3 THEN '01' WHEN CAST(substr(\"Period\", 6, 2) AS INTEGER) <= 6 THEN '04' "
                + "WHEN CAST(substr(\"Period\", 6, 2) AS INTEGER) <= 9 THEN '07' ELSE '10' END || '-01';");
            migrationBuilder.Sql("CREATE TEMP TABLE feedback_shuffle AS SELECT * FROM \"FeedbackResponse\" ORDER BY random();");
            migrationBuilder.Sql("DELETE FROM \"FeedbackResponse\";");
            migrationBuilder.Sql("INSERT INTO \"FeedbackResponse\" SELECT * FROM feedback_shuffle ORDER BY random();");
            migrationBuilder.Sql("DROP TABLE feedback_shuffle;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "InvitationId",
                table: "FeedbackResponse",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponse_InvitationId",
                table: "FeedbackResponse",
                column: "InvitationId",
                unique: true);
        }
    }
}
