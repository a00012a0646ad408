using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiveMapping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyViewLink",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ForWhom = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IncludesSafetyPlan = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyViewLink", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyViewLink_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveMeeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JoinCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    JoinCodeExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    JoinCodeSealed = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Agreements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MappingVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveMeeting_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyViewItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildConsented = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyViewItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyViewItem_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FamilyViewItem_FamilyViewLink_LinkId",
                        column: x => x.LinkId,
                        principalTable: "FamilyViewLink",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveParticipant_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiveParticipant_LiveMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "LiveMeeting",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "LiveProposal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Section = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SaidBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SaidByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FinalText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveProposal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveProposal_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiveProposal_LiveMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "LiveMeeting",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "LiveScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Who = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveScore_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiveScore_LiveMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "LiveMeeting",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyViewItem_CaseId",
                table: "FamilyViewItem",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyViewItem_LinkId_StatementId",
                table: "FamilyViewItem",
                columns: new[] { "LinkId", "StatementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyViewLink_CaseId",
                table: "FamilyViewLink",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyViewLink_TokenHash",
                table: "FamilyViewLink",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveMeeting_CaseId",
                table: "LiveMeeting",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveMeeting_JoinCodeHash",
                table: "LiveMeeting",
                column: "JoinCodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_LiveParticipant_CaseId",
                table: "LiveParticipant",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveParticipant_MeetingId",
                table: "LiveParticipant",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveParticipant_TokenHash",
                table: "LiveParticipant",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveProposal_CaseId",
                table: "LiveProposal",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveProposal_MeetingId",
                table: "LiveProposal",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveScore_CaseId",
                table: "LiveScore",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveScore_MeetingId_Who",
                table: "LiveScore",
                columns: new[] { "MeetingId", "Who" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyViewItem");

            migrationBuilder.DropTable(
                name: "LiveParticipant");

            migrationBuilder.DropTable(
                name: "LiveProposal");

            migrationBuilder.DropTable(
                name: "LiveScore");

            migrationBuilder.DropTable(
                name: "FamilyViewLink");

            migrationBuilder.DropTable(
                name: "LiveMeeting");
        }
    }
}
