using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Directory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UnitVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_Code",
                schema: "directory",
                table: "AdministrativeUnits");

            migrationBuilder.AddColumn<bool>(
                name: "Remote",
                schema: "directory",
                table: "AdministrativeUnits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuccessorCodes",
                schema: "directory",
                table: "AdministrativeUnits",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Code_ValidFrom",
                schema: "directory",
                table: "AdministrativeUnits",
                columns: new[] { "Code", "ValidFrom" },
                unique: true,
                filter: "[ValidFrom] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_Code_ValidFrom",
                schema: "directory",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "Remote",
                schema: "directory",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "SuccessorCodes",
                schema: "directory",
                table: "AdministrativeUnits");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Code",
                schema: "directory",
                table: "AdministrativeUnits",
                column: "Code",
                unique: true);
        }
    }
}
