using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.SupportInterventions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeparationsReviewsMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AlternativeCareSince",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonitoringVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Observations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VisitedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringVisits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanCycle = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HarmStillSerious = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AbuserCanReachChild = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CareObstacles = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChildCapacity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Separations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Placement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FacilityOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedCarer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Separations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeparationExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ExtendedTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SeparationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeparationExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeparationExtensions_Separations_SeparationId",
                        column: x => x.SeparationId,
                        principalTable: "Separations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringVisits_CaseId_VisitedOn",
                table: "MonitoringVisits",
                columns: new[] { "CaseId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CaseId",
                table: "Reviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PlanId",
                table: "Reviews",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeparationExtensions_SeparationId",
                table: "SeparationExtensions",
                column: "SeparationId");

            migrationBuilder.CreateIndex(
                name: "IX_Separations_CaseId",
                table: "Separations",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringVisits");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "SeparationExtensions");

            migrationBuilder.DropTable(
                name: "Separations");

            migrationBuilder.DropColumn(
                name: "AlternativeCareSince",
                table: "Cases");
        }
    }
}
