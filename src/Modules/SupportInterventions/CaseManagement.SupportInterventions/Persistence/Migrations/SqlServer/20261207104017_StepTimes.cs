using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.SupportInterventions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StepTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordedAt",
                schema: "support",
                table: "PlanDecisions",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "StatusVersion",
                schema: "support",
                table: "Cases",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Steps recorded before each had its own time happened when they were typed in.
            migrationBuilder.Sql(@"UPDATE support.""PlanDecisions"" SET ""RecordedAt"" = ""DecidedAt""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordedAt",
                schema: "support",
                table: "PlanDecisions");

            migrationBuilder.DropColumn(
                name: "StatusVersion",
                schema: "support",
                table: "Cases");
        }
    }
}
