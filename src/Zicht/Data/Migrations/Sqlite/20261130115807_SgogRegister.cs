using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SgogRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SgogAwareness",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogAwareness", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogAwareness_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SgogIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Context = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SeverityEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Sources = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Mapping = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActionsTaken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActionsPlanned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Professionals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SafetyInstalled = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SafetyToInstall = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ParentsView = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChildView = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FosterParentsView = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EscalationNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Aftercare = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Evaluation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildViewRecorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NotReportableGround = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ErasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ErasedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ErasureGround = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogIncidents_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SgogOfficers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NamedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NamedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogOfficers_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SgogOfficers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SgogEscalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogEscalations_SgogIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "SgogIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SgogFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogFiles_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SgogFiles_SgogIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "SgogIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SgogInvolvedPeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CasePersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogInvolvedPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogInvolvedPeople_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SgogInvolvedPeople_CasePeople_CasePersonId",
                        column: x => x.CasePersonId,
                        principalTable: "CasePeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SgogInvolvedPeople_SgogIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "SgogIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SgogReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdministrationReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReadOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReadById = table.Column<Guid>(type: "TEXT", nullable: true),
                    InspectorateInvolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    SummaryNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NoteReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoteById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ErasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogReports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SgogReports_SgogIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "SgogIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SgogDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CoversPrevention = table.Column<bool>(type: "INTEGER", nullable: false),
                    CoversDetection = table.Column<bool>(type: "INTEGER", nullable: false),
                    CoversResponse = table.Column<bool>(type: "INTEGER", nullable: false),
                    CoversRegistration = table.Column<bool>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SgogDocuments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SgogDocuments_SgogFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "SgogFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SgogReportSections",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Part = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SgogReportSections", x => new { x.ReportId, x.Part });
                    table.ForeignKey(
                        name: "FK_SgogReportSections_SgogReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SgogReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SgogAwareness_OrganisationId",
                table: "SgogAwareness",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogDocuments_FileId",
                table: "SgogDocuments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogDocuments_OrganisationId_Kind_Number",
                table: "SgogDocuments",
                columns: new[] { "OrganisationId", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SgogEscalations_IncidentId",
                table: "SgogEscalations",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogFiles_IncidentId",
                table: "SgogFiles",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogFiles_OrganisationId",
                table: "SgogFiles",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogIncidents_OrganisationId_Reference",
                table: "SgogIncidents",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SgogInvolvedPeople_CasePersonId",
                table: "SgogInvolvedPeople",
                column: "CasePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogInvolvedPeople_IncidentId",
                table: "SgogInvolvedPeople",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogInvolvedPeople_StaffId",
                table: "SgogInvolvedPeople",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogOfficers_OrganisationId",
                table: "SgogOfficers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SgogOfficers_StaffId_OrganisationId",
                table: "SgogOfficers",
                columns: new[] { "StaffId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_SgogReports_IncidentId",
                table: "SgogReports",
                column: "IncidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SgogReports_OrganisationId",
                table: "SgogReports",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SgogAwareness");

            migrationBuilder.DropTable(
                name: "SgogDocuments");

            migrationBuilder.DropTable(
                name: "SgogEscalations");

            migrationBuilder.DropTable(
                name: "SgogInvolvedPeople");

            migrationBuilder.DropTable(
                name: "SgogOfficers");

            migrationBuilder.DropTable(
                name: "SgogReportSections");

            migrationBuilder.DropTable(
                name: "SgogFiles");

            migrationBuilder.DropTable(
                name: "SgogReports");

            migrationBuilder.DropTable(
                name: "SgogIncidents");
        }
    }
}
