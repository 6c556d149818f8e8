using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.SupportInterventions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EmergencyAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarYears",
                schema: "support",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    OverridesJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                schema: "support",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    EmergencyNeeded = table.Column<bool>(type: "bit", nullable: false),
                    StatusAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RuleCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StoppedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BreachedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyInterventions",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyInterventions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Cycle = table.Column<int>(type: "int", nullable: false),
                    CurrentVersion = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ApprovedVersion = table.Column<int>(type: "int", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                schema: "support",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SuccessorCodes = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Remote = table.Column<bool>(type: "bit", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyMeasures",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    InterventionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyMeasures_EmergencyInterventions_InterventionId",
                        column: x => x.InterventionId,
                        principalSchema: "support",
                        principalTable: "EmergencyInterventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDecisions",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanVersion = table.Column<int>(type: "int", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Comments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanDecisions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "support",
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Objectives = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DraftedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "support",
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanItems",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    ServiceType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ResponsibleOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ProviderOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedEndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EstimatedCostVnd = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItems_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalSchema: "support",
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitCode",
                schema: "support",
                table: "Cases",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CaseId_StoppedAt",
                schema: "support",
                table: "Deadlines",
                columns: new[] { "CaseId", "StoppedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_StoppedAt_DueAt",
                schema: "support",
                table: "Deadlines",
                columns: new[] { "StoppedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyInterventions_CaseId",
                schema: "support",
                table: "EmergencyInterventions",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyMeasures_InterventionId",
                schema: "support",
                table: "EmergencyMeasures",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisions_PlanId",
                schema: "support",
                table: "PlanDecisions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_PlanVersionId",
                schema: "support",
                table: "PlanItems",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CaseId_Cycle",
                schema: "support",
                table: "Plans",
                columns: new[] { "CaseId", "Cycle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanId_Number",
                schema: "support",
                table: "PlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                schema: "support",
                table: "Units",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarYears",
                schema: "support");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "support");

            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "support");

            migrationBuilder.DropTable(
                name: "EmergencyMeasures",
                schema: "support");

            migrationBuilder.DropTable(
                name: "PlanDecisions",
                schema: "support");

            migrationBuilder.DropTable(
                name: "PlanItems",
                schema: "support");

            migrationBuilder.DropTable(
                name: "Units",
                schema: "support");

            migrationBuilder.DropTable(
                name: "EmergencyInterventions",
                schema: "support");

            migrationBuilder.DropTable(
                name: "PlanVersions",
                schema: "support");

            migrationBuilder.DropTable(
                name: "Plans",
                schema: "support");
        }
    }
}
