using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Directory.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_Code",
                table: "AdministrativeUnits");

            migrationBuilder.AddColumn<bool>(
                name: "Remote",
                table: "AdministrativeUnits",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuccessorCodes",
                table: "AdministrativeUnits",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Code_ValidFrom",
                table: "AdministrativeUnits",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_Code_ValidFrom",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "Remote",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "SuccessorCodes",
                table: "AdministrativeUnits");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Code",
                table: "AdministrativeUnits",
                column: "Code",
                unique: true);
        }
    }
}
