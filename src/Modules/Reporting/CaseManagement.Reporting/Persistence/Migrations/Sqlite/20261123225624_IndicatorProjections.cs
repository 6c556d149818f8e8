using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorProjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventLog_MessageId",
                table: "EventLog");

            migrationBuilder.CreateTable(
                name: "CaseRecords",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRecords", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "ChildCases",
                columns: table => new
                {
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildCases", x => new { x.ChildId, x.CaseId });
                });

            migrationBuilder.CreateTable(
                name: "ClosedPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false),
                    IndicatorVersions = table.Column<string>(type: "TEXT", nullable: false),
                    Checks = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorCells",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Cell = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorCells", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ProjectionCheckpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    Settings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CurrentPeriod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RecountNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    RebuildStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RebuildFinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectionCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventLog_MessageId",
                table: "EventLog",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_UnitCode",
                table: "CaseRecords",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_ClosedPeriods_PeriodKey_UnitCode",
                table: "ClosedPeriods",
                columns: new[] { "PeriodKey", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorCells_Period_Unit_Indicator",
                table: "IndicatorCells",
                columns: new[] { "Period", "Unit", "Indicator" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseRecords");

            migrationBuilder.DropTable(
                name: "ChildCases");

            migrationBuilder.DropTable(
                name: "ClosedPeriods");

            migrationBuilder.DropTable(
                name: "IndicatorCells");

            migrationBuilder.DropTable(
                name: "ProjectionCheckpoints");

            migrationBuilder.DropIndex(
                name: "IX_EventLog_MessageId",
                table: "EventLog");

            migrationBuilder.CreateIndex(
                name: "IX_EventLog_MessageId",
                table: "EventLog",
                column: "MessageId");
        }
    }
}
