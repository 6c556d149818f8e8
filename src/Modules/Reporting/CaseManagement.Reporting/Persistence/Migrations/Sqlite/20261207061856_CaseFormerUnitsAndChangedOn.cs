using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseFormerUnitsAndChangedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ChangedOn",
                table: "CaseRecords",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "CaseFormerUnits",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFormerUnits", x => new { x.UnitCode, x.CaseId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_ChangedOn",
                table: "CaseRecords",
                column: "ChangedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseFormerUnits");

            migrationBuilder.DropIndex(
                name: "IX_CaseRecords_ChangedOn",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                table: "CaseRecords");
        }
    }
}
