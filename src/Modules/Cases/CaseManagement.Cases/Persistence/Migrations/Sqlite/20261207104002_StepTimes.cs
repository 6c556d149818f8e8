using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StepTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RecordedAt",
                table: "Timeline",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "StepAt",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Steps recorded before each had its own time happened when they were typed in.
            migrationBuilder.Sql(@"UPDATE ""Timeline"" SET ""RecordedAt"" = ""At""");

            migrationBuilder.Sql(@"UPDATE ""Cases"" SET ""StepAt"" = ""UpdatedAt""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "Timeline");

            migrationBuilder.DropColumn(
                name: "StepAt",
                table: "Cases");
        }
    }
}
