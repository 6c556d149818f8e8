using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.SupportInterventions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SeparationsReviewsMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AlternativeCareSince",
                schema: "support",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonitoringVisits",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Observations = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Situation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VisitedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringVisits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanCycle = table.Column<int>(type: "int", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HarmStillSerious = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    AbuserCanReachChild = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CareObstacles = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ChildCapacity = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Recommendation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Participants = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Separations",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Placement = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FacilityOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SealedCarer = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    EndNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Separations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeparationExtensions",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Authority = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ExtendedTo = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SeparationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeparationExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeparationExtensions_Separations_SeparationId",
                        column: x => x.SeparationId,
                        principalSchema: "support",
                        principalTable: "Separations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringVisits_CaseId_VisitedOn",
                schema: "support",
                table: "MonitoringVisits",
                columns: new[] { "CaseId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CaseId",
                schema: "support",
                table: "Reviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PlanId",
                schema: "support",
                table: "Reviews",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeparationExtensions_SeparationId",
                schema: "support",
                table: "SeparationExtensions",
                column: "SeparationId");

            migrationBuilder.CreateIndex(
                name: "IX_Separations_CaseId",
                schema: "support",
                table: "Separations",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringVisits",
                schema: "support");

            migrationBuilder.DropTable(
                name: "Reviews",
                schema: "support");

            migrationBuilder.DropTable(
                name: "SeparationExtensions",
                schema: "support");

            migrationBuilder.DropTable(
                name: "Separations",
                schema: "support");

            migrationBuilder.DropColumn(
                name: "AlternativeCareSince",
                schema: "support",
                table: "Cases");
        }
    }
}
