using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.SupportInterventions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StepTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RecordedAt",
                table: "PlanDecisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "StatusVersion",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Steps recorded before each had its own time happened when they were typed in.
            migrationBuilder.Sql(@"UPDATE ""PlanDecisions"" SET ""RecordedAt"" = ""DecidedAt""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "PlanDecisions");

            migrationBuilder.DropColumn(
                name: "StatusVersion",
                table: "Cases");
        }
    }
}
