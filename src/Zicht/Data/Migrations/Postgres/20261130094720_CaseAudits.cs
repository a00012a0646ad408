using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseAudits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditTemplateVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTemplateVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAudit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedById = table.Column<Guid>(type: "uuid", nullable: false),
                    Occasion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ComparedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAudit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAudit_AuditTemplateVersion_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "AuditTemplateVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudit_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditConversation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuditId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WentWell = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CouldBeBetter = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WorkerSatisfiedWith = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Approach = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WorkerReflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditConversation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditConversation_CaseAudit_AuditId",
                        column: x => x.AuditId,
                        principalTable: "CaseAudit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditConversation_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditScoring",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuditId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScorerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditScoring", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditScoring_CaseAudit_AuditId",
                        column: x => x.AuditId,
                        principalTable: "CaseAudit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditScoring_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditLearningPoint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Principle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLearningPoint", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditLearningPoint_AuditConversation_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "AuditConversation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditLearningPoint_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScoringId = table.Column<Guid>(type: "uuid", nullable: false),
                    Principle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Question = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditScore_AuditScoring_ScoringId",
                        column: x => x.ScoringId,
                        principalTable: "AuditScoring",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditScore_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvidenceLink",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScoreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvidenceLink", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditEvidenceLink_AuditScore_ScoreId",
                        column: x => x.ScoreId,
                        principalTable: "AuditScore",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditEvidenceLink_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditConversation_AuditId",
                table: "AuditConversation",
                column: "AuditId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditConversation_CaseId",
                table: "AuditConversation",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvidenceLink_CaseId",
                table: "AuditEvidenceLink",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvidenceLink_ScoreId",
                table: "AuditEvidenceLink",
                column: "ScoreId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLearningPoint_CaseId",
                table: "AuditLearningPoint",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLearningPoint_ConversationId",
                table: "AuditLearningPoint",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditScore_CaseId",
                table: "AuditScore",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditScore_ScoringId",
                table: "AuditScore",
                column: "ScoringId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditScoring_AuditId_Role",
                table: "AuditScoring",
                columns: new[] { "AuditId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditScoring_CaseId",
                table: "AuditScoring",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTemplateVersion_Key_Version",
                table: "AuditTemplateVersion",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_CaseId",
                table: "CaseAudit",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_ReviewerId",
                table: "CaseAudit",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_TemplateVersionId",
                table: "CaseAudit",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_WorkerId",
                table: "CaseAudit",
                column: "WorkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvidenceLink");

            migrationBuilder.DropTable(
                name: "AuditLearningPoint");

            migrationBuilder.DropTable(
                name: "AuditScore");

            migrationBuilder.DropTable(
                name: "AuditConversation");

            migrationBuilder.DropTable(
                name: "AuditScoring");

            migrationBuilder.DropTable(
                name: "CaseAudit");

            migrationBuilder.DropTable(
                name: "AuditTemplateVersion");
        }
    }
}
