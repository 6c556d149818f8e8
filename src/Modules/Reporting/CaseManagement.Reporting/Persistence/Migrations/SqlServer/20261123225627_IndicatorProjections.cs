using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IndicatorProjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventLog_MessageId",
                schema: "reporting",
                table: "EventLog");

            migrationBuilder.CreateTable(
                name: "CaseRecords",
                schema: "reporting",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRecords", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "ChildCases",
                schema: "reporting",
                columns: table => new
                {
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildCases", x => new { x.ChildId, x.CaseId });
                });

            migrationBuilder.CreateTable(
                name: "ClosedPeriods",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKey = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SignerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IndicatorVersions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Checks = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorCells",
                schema: "reporting",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Indicator = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Cell = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorCells", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ProjectionCheckpoints",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Settings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CurrentPeriod = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RecountNeeded = table.Column<bool>(type: "bit", nullable: false),
                    RebuildStartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RebuildFinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectionCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventLog_MessageId",
                schema: "reporting",
                table: "EventLog",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_UnitCode",
                schema: "reporting",
                table: "CaseRecords",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_ClosedPeriods_PeriodKey_UnitCode",
                schema: "reporting",
                table: "ClosedPeriods",
                columns: new[] { "PeriodKey", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorCells_Period_Unit_Indicator",
                schema: "reporting",
                table: "IndicatorCells",
                columns: new[] { "Period", "Unit", "Indicator" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseRecords",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ChildCases",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ClosedPeriods",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "IndicatorCells",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ProjectionCheckpoints",
                schema: "reporting");

            migrationBuilder.DropIndex(
                name: "IX_EventLog_MessageId",
                schema: "reporting",
                table: "EventLog");

            migrationBuilder.CreateIndex(
                name: "IX_EventLog_MessageId",
                schema: "reporting",
                table: "EventLog",
                column: "MessageId");
        }
    }
}
