using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StepTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordedAt",
                schema: "cases",
                table: "Timeline",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StepAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Steps recorded before each had its own time happened when they were typed in.
            migrationBuilder.Sql(@"UPDATE cases.""Timeline"" SET ""RecordedAt"" = ""At""");

            migrationBuilder.Sql(@"UPDATE cases.""Cases"" SET ""StepAt"" = ""UpdatedAt""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordedAt",
                schema: "cases",
                table: "Timeline");

            migrationBuilder.DropColumn(
                name: "StepAt",
                schema: "cases",
                table: "Cases");
        }
    }
}
